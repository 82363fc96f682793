CREATE (a:A), (b:B)
CREATE (a)-[:T {name: 'rel1'}]->(b),
       (a)-[:T {name: 'rel2'}]->(b)
