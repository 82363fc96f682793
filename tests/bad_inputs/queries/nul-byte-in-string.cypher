RETURN 'a@@hex 00@@b' AS s
