RETURN 'a@@hex C0 A7@@ AS s
