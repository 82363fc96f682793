export people.cypher --to graphml -o /dev/full
