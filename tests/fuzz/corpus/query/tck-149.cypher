MATCH ()-[r:R]->()
REMOVE r.name
WITH sum(r.num) AS sum
RETURN sum
