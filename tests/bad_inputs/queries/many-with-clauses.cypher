WITH 1 AS x @@repeat 20000 WITH x @@RETURN x
