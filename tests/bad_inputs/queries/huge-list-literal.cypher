RETURN size([@@repeat 200000 1,@@1]) AS n
