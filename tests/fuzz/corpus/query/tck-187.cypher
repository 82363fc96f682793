UNWIND [42, 42, 42, 42, 42] AS x
CREATE (n:N {num: x})
RETURN n.num AS num
SKIP 2 LIMIT 2
