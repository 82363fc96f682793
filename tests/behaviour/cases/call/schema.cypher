// db.schema(): tables with columns, counts and derived definitions, then open labels and types.
CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, PRIMARY KEY(name));
CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING);
CREATE DERIVED REL TABLE MET(FROM Person TO Person) AS MATCH (a:Person)-[:COMMANDED]->(:Battle)<-[:COMMANDED]-(b:Person) WHERE a <> b RETURN a, b;
CREATE (:Person {name: 'a'}), (:Person {name: 'b'}), (:Battle {name: 'x'}), (:Note {text: 't'});
MATCH (p:Person), (b:Battle) CREATE (p)-[:COMMANDED {side: 'one'}]->(b);
MATCH (n:Note) CREATE (n)-[:TAGS]->(n);
CALL db.schema() YIELD name, kind, columns, primary_key, endpoints, count, definition RETURN name, kind, columns, primary_key, endpoints, count, definition ORDER BY kind, name
