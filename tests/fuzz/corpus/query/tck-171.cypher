MATCH (n:X {name: 'A'})
SET n = {name: 'B', baz: 'C'}
RETURN n
