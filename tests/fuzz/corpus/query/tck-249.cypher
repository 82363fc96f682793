MATCH (a:A)
WITH a.num2 AS x
WITH x % 3 AS x
  ORDER BY x * -1
  LIMIT 3
RETURN x
