RETURN [false] AS literal
