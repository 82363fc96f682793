CREATE (:A {num: 9, num2: 5}),
       (:B {num: 5, num2: 4}),
       (:C {num: 30, num2: 3}),
       (:D {num: -11, num2: 2}),
       (:E {num: 7054, num2: 1})
