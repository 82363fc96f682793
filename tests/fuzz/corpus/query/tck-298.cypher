CREATE (:Person {name: '42'})
