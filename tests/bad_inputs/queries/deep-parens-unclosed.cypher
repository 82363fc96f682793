RETURN @@repeat 100000 (@@1
