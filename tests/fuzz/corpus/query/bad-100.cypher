CREATE (:Person {name: 'X', height: 2})
