RETURN [1, 2] IN [[null, 2], [1, 2]] AS res
