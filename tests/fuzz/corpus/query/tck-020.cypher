RETURN size([1, 2, 3]) AS n
