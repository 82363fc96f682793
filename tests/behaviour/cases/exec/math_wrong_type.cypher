RETURN atan2('north', 1) AS x;
