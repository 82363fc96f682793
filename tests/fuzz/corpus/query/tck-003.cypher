MATCH (a:A)
WITH a, a.num + a.num2 AS sum
WITH a, a.num2 % 3 AS mod
  ORDER BY sum
  LIMIT 3
RETURN a, mod
