RETURN 1 AS x0@@repeat 20000 , 1@@
