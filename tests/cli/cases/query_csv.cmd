query people.cypher --format csv -e "MATCH (p:Person) RETURN p.name AS name, p.born AS born, p.aliases AS aliases, p.lines AS lines, '' AS empty ORDER BY name"
