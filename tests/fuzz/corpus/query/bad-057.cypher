// limits: max_intermediate_rows=100000
MATCH p = (a:D)-[*..1000]->(b:D) RETURN count(p) AS n
