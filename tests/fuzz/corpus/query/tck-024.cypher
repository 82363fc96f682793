MATCH ()-[r:R]->()
REMOVE r.name
RETURN r.num AS num
SKIP 0 LIMIT 5
