MATCH (a:Battle), (b:Person {name: 'Benito Juárez'}) CREATE (a)-[:COMMANDED]->(b)
