CREATE (:Person {name: 'X', born: 'yesterday'})
