export people.cypher --to cypher --dialect kuzu -o -
