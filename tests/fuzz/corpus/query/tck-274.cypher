CREATE (:A {name: 'lorem'}),
       (:B {name: 'ipsum'}),
       (:C {name: 'dolor'}),
       (:D {name: 'sit'}),
       (:E {name: 'amet'})
