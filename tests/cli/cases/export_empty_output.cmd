export people.cypher --to dot -o ''
