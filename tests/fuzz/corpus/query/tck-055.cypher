RETURN [1, 2, null] IN [1, [1, 2, null]] AS res
