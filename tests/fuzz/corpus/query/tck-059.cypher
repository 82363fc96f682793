MATCH (n:N)
SET n:Foo
WITH n
WHERE n.num % 2 = 0
RETURN n.num AS num
