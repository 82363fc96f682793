// The third statement is wrong.
CREATE (:Person {name: 'A'});
CREATE (:Person {name: 'B'});
MATCH (p:Person)
RETURN p.name AS name ORDER BY name LIMT 2;
