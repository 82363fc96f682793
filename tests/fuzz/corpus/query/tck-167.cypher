WITH null AS l
RETURN size(l), size(null)
