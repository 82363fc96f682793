MATCH (a:Person {name: 'Potier'}), (b:Battle {name: 'Battle of Apatzingán'}) CREATE (a)-[:COMMANDED {side: 'Second Mexican Empire', source: 'French invasion > Pacific campaign', lines: [122]}]->(b);
