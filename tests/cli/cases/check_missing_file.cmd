check people.cypher no_such_file.cypher
