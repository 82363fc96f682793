RETURN size(keys({@@repeat 100000 a: 1, @@a: 2})) AS n
