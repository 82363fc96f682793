query people.cypher --format jsonlines -e "MATCH (p:Person) RETURN p.name AS name, p.born AS born, p.aliases AS aliases, p.source AS source ORDER BY name LIMIT 3"
