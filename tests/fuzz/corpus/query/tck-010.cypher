RETURN .0 AS literal
