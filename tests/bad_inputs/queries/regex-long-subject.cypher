RETURN '@@repeat 100000 a@@' =~ '(a|b)*' AS m
