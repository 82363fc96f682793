CREATE (:A)-[:T {name: 'bar'}]->(:B {name: 'me'})
