CREATE (:A {name: 'a'})-[:T {w: 2}]->(:B {name: 'b'}), (:A {name: 'c'});
MATCH (a:A) OPTIONAL MATCH (a)-[r:T]->(b) RETURN a.name, b.name, r.w ORDER BY a.name;
