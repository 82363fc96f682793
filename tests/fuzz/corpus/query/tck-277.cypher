WITH null AS m
RETURN keys(m), keys(null)
