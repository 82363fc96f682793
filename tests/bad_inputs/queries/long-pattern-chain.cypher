MATCH (a)@@repeat 10000 -->()@@ RETURN count(*)
