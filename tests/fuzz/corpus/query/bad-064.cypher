CREATE (:Person {rank: 9})
