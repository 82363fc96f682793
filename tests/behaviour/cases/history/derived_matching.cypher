CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, PRIMARY KEY(name));
CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING);
CREATE (:Person {name: 'Zaragoza'}), (:Person {name: 'Lorencez'}), (:Battle {name: 'Puebla'});
MATCH (z:Person {name: 'Zaragoza'}), (l:Person {name: 'Lorencez'}), (b:Battle) CREATE (z)-[:COMMANDED {side: 'Republic'}]->(b), (l)-[:COMMANDED {side: 'France'}]->(b);
CREATE DERIVED REL TABLE FOUGHT_AGAINST(FROM Person TO Person) AS MATCH (a:Person)-[c1:COMMANDED]->(b:Battle)<-[c2:COMMANDED]-(o:Person) WHERE c1.side <> c2.side RETURN a, o, b.name AS battle;
MATCH (a:Person)-[f:FOUGHT_AGAINST]->(o) RETURN a.name, o.name, f.battle ORDER BY a.name;
