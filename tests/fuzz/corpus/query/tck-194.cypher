RETURN {} AS literal
