MATCH (a)
WITH a.name AS name, count(*) AS cnt
  ORDER BY a.name <dir>
  LIMIT 1
RETURN name, cnt
