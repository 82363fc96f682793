shell people.cypher
