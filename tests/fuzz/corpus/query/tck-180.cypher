CREATE (:A {property1: 23, property2: 46})
