query people.cypher --format json -e "MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN p.name AS name, b, c.side AS side ORDER BY name"
