MATCH (n:``) RETURN n
