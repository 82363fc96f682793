CREATE (a {time: 10}), (b {time: 20})
CREATE (a)-[:T]->(b)
