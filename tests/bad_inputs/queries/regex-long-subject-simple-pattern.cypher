RETURN '@@repeat 100000 a@@b' =~ 'a*b' AS m, '@@repeat 100000 a@@' =~ '[ab]+' AS n
