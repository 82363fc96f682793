query --param 'name="Ignacio Zaragoza"' people.cypher -e 'MATCH (p:Person {name: $name}) RETURN p.name AS name'
