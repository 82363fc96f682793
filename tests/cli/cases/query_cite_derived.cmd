query people.cypher derived_cited.cypher --cite --max-width 200 -e "MATCH (p:Person)-[f:COMMANDED_AT]->(b:Battle) RETURN p.name AS name, f ORDER BY name"
