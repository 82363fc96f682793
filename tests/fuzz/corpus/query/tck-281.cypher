RETURN datetime(<str>) AS result
