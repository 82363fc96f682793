MATCH p = (a:D)-[*5..2]->(b:D) RETURN count(p) AS n
