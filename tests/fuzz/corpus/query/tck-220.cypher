MATCH ()-[rel:KNOWS]->(x)
RETURN x
