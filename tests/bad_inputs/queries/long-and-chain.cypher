RETURN true@@repeat 100000  AND true@@ AS x
