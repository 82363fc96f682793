WITH <invalid> AS r
MATCH ()-[r]-()
RETURN r
