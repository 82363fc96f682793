query people.cypher --format box -e "MATCH (p:Person) RETURN p.name AS name, p.born AS born ORDER BY name LIMIT 2"
