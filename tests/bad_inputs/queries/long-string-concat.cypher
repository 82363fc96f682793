RETURN ''@@repeat 50000  + 'ab'@@ AS x
