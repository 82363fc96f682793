CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name));
CREATE (:Person {name: 'Benito Juárez', born: date('1806-03-21')});
EXPLAIN MATCH (p:Person {name: 'Benito Juárez'}) RETURN p.born;
