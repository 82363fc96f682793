query people.cypher -e "MATCH (p:Person) RETURN p.name AS name, p.born AS born, size(p.aliases) AS aliases ORDER BY name"
