RETURN -.1e9 AS literal
