MATCH (a)
WITH a, a.list AS list
WITH a, list
  ORDER BY <sort>
  LIMIT 3
RETURN a, list
