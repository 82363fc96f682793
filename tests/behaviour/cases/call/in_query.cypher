// An in-query CALL runs once per input row and joins with it.
CREATE (:Person {name: 'a'})-[:KNOWS]->(:Person {name: 'b'});
MATCH (p:Person) CALL db.relationshipTypes() YIELD relationshipType RETURN p.name, relationshipType ORDER BY p.name
