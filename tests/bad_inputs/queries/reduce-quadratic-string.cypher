// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
RETURN size(reduce(s = '', i IN range(1, 1000000) | s + 'abcdefghij')) AS n
