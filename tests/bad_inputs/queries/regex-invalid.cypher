RETURN 'a' =~ '(' AS m
