MATCH (a)-[r]-(b)
DELETE r, a, b
RETURN count(*) AS c
