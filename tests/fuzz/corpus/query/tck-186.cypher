MATCH (a:A)
WITH a, a.num + a.num2 AS sum, a.num2 % 3 AS mod
  ORDER BY mod, a.num + a.num2
  LIMIT 3
RETURN a, sum, mod
