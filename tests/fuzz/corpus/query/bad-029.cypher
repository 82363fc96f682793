CREATE (:Person {name: 'Benito Juárez'})
