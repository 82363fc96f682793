OPTIONAL MATCH ()-[r]->()
RETURN r.missing
