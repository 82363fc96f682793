MATCH (p:Person)
RETURN p.name AS name
LIMIT $_limit
