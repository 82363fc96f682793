MATCH (n:N)
SET n:Foo
WITH sum(n.num) AS sum
RETURN sum
