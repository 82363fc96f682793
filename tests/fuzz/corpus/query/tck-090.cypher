CREATE (node)
RETURN labels(node)
