query people.cypher -e "MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMT 2"
