MATCH (a:Battle {name: 'Landing at Guaymas'}), (b:Place {name: 'Guaymas'}) CREATE (a)-[:TOOK_PLACE_AT {source: 'French invasion > Pacific campaign', lines: [128]}]->(b);
