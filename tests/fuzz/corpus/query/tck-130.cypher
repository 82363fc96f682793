MATCH (a:Start)-[r:REL*2..2]-(b)
RETURN r
