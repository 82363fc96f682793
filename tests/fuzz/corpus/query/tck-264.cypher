RETURN 'a' AS literal
