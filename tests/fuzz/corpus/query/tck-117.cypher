RETURN -0x0 AS literal
