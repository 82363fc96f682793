CREATE (a:S {n: 'a'})-[:R {until: date('1863')}]->(c:S {n: 'c'}), (a)-[:R]->(b:S {n: 'b'})-[:R]->(c);
UNWIND ['1862', '1864'] AS day MATCH (x:S {n: 'a'}), (y:S {n: 'c'}) MATCH p = shortestPath((x)-[:R*]->(y)) AS OF date(day) RETURN day, length(p) ORDER BY day;
