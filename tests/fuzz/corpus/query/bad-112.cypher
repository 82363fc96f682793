MATCH (a:Person {name: 'Porfirio Díaz'}), (b:Person {name: 'Charles de Lorencez'}) CREATE (a)-[:OPPOSED]->(b)
