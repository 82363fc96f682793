RETURN [1, 2] IN [1, [2, 1]] AS res
