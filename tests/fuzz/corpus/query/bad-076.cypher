RETURN 'a' =~ 'a{999999999}' AS m
