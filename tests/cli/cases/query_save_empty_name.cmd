query people.cypher --save ''
