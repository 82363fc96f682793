CREATE (:A {bool: true, bool2: true}),
       (:B {bool: false, bool2: false}),
       (:C {bool: false, bool2: true}),
       (:D {bool: true, bool2: true}),
       (:E {bool: true, bool2: false})
