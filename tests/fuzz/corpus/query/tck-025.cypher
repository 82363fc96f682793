RETURN .1e-5 AS literal
