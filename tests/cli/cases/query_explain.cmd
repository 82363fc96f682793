query people.cypher -e "EXPLAIN MATCH (p:Person) WHERE p.born < 1820 RETURN p.name AS name ORDER BY name"
