RETURN atan2(1, 'east') AS x
