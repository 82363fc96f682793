CREATE (a:S {n: 'a'})-[:ALLIED {since: date('1862'), until: date('1863')}]->(b:S {n: 'b'})-[:ALLIED {since: date('1861')}]->(c:S {n: 'c'});
UNWIND ['1862-12-31', '1864'] AS day MATCH (x:S {n: 'a'})-[:ALLIED*]->(y) AS OF date(day) RETURN day, y.n ORDER BY day, y.n;
