check people.cypher bad_check.cypher
