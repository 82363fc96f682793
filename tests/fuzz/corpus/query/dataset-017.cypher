MATCH (a:Person {name: 'Eugénie de Montijo'}), (b:Faction {name: 'French Empire'}) CREATE (a)-[:MEMBER_OF {role: 'empress', source: 'Background', lines: [24]}]->(b);
