// limits: max_path_length=8
MATCH p = (a:D)-[*20..]->(b:D) RETURN count(p) AS n
