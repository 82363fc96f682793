UNWIND [] AS empty
RETURN empty
