RETURN {{}} AS literal
