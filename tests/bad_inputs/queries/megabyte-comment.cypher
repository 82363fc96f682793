// @@repeat 1000000 c@@
RETURN 1 AS x
