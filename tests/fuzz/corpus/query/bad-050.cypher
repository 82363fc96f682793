MATCH (n) RETURN n LIMIT n.rank
