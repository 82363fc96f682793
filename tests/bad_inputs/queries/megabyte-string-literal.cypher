RETURN size('@@repeat 1000000 s@@') AS n
