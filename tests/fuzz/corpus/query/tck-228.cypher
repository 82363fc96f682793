MATCH (n:N)
SET n.num = 42
RETURN n.num AS num
SKIP 0 LIMIT 5
