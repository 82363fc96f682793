CREATE (a:N {name: 'a'})-[:T]->(b:N {name: 'b'})-[:T]->(c:N {name: 'c'})-[:T]->(a);
MATCH p = (x:N {name: 'a'})-[:T*]->(y) RETURN y.name, length(p) ORDER BY length(p);
