CREATE (:A {list: [2, -2], list2: [3, -2]}),
       (:B {list: [1, 2], list2: [2, -2]}),
       (:C {list: [300, 0], list2: [1, -2]}),
       (:D {list: [1, -20], list2: [4, -2]}),
       (:E {list: [2, -2, 100], list2: [5, -2]})
