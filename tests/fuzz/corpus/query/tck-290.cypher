MATCH ()-[r]-()
DELETE r
