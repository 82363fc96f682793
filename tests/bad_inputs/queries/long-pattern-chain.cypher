// limits: timeout=200
MATCH (a)@@repeat 10000 -->()@@ RETURN count(*) AS n
