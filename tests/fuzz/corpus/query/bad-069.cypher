MATCH p = (a:D)-[*..99999999999999999999]->(b:D) RETURN count(p) AS n
