export people.cypher --to cypher --dialect neo4j -o - -e "MATCH (p:Person)-[c:COMMANDED]->(b:Battle {name: 'Siege of Puebla'}) RETURN c"
