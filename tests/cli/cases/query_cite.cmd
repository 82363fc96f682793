query people.cypher --cite -e "MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN p.name AS name, c, b.name AS battle ORDER BY name"
