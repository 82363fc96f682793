export people.cypher --to cypher -o -
