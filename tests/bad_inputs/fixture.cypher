// The graph every bad input runs against: declared tables, open labels, a
// derived type, and a dense clique (12 :D nodes, 132 :E relationships) for
// the runaway variable-length patterns.
CREATE NODE TABLE Person(name STRING, born DATE, rank INT64, aliases STRING[], PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, start DATE, PRIMARY KEY(name));
CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING);
CREATE (:Person {name: 'Benito Juárez', born: date('1806-03-21'), rank: 1, aliases: ['Juárez']});
CREATE (:Person {name: 'Porfirio Díaz', born: date('1830'), rank: 2});
CREATE (:Person {name: 'Charles de Lorencez', born: date('1814-05'), rank: 3});
CREATE (:Battle {name: 'Puebla', start: date('1862-05-05')});
MATCH (p:Person {name: 'Porfirio Díaz'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'Republic'}]->(b);
MATCH (p:Person {name: 'Charles de Lorencez'}), (b:Battle {name: 'Puebla'}) CREATE (p)-[:COMMANDED {side: 'France'}]->(b);
CREATE DERIVED REL TABLE OPPOSED(FROM Person TO Person) AS MATCH (a:Person)-[x:COMMANDED]->(b:Battle)<-[y:COMMANDED]-(c:Person) WHERE x.side <> y.side RETURN a, c, b.name AS battle;
CREATE (:Note {text: 'an open label', tags: ['a', 'b'], weight: 1.5});
UNWIND range(1, 12) AS i CREATE (:D {i: i});
MATCH (a:D), (b:D) WHERE a <> b CREATE (a)-[:E]->(b);
