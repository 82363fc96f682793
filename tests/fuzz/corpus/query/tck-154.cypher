MATCH <pattern>
MATCH p = ()-[]-()
RETURN p
