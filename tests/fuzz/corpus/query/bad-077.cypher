RETURN 'a' =~ '[z-a]' AS m
