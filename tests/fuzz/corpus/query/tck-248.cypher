RETURN [[]] AS literal
