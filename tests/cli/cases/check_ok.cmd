check people.cypher
