export people.cypher --to dot -o - -e "MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN c"
