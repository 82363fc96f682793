RETURN @@repeat 100000 NOT @@true AS x
