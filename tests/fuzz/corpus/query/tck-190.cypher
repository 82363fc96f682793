CREATE (:Person {bornIn: 'New York'}),
  (:Person {bornIn: 'Ohio'})
