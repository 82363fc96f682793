CREATE (n:Person {name: 'Popeye', level: 9001})
