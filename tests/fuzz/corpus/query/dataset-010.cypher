MATCH (a:Person {name: 'Abel Douay'}), (b:Battle {name: 'Second French intervention in Mexico'}) CREATE (a)-[:COMMANDED {side: 'French expeditionary force', source: 'Infobox', lines: [10]}]->(b);
