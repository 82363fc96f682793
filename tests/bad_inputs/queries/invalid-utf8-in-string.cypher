RETURN 'a@@hex FF FE C3@@b' AS s
