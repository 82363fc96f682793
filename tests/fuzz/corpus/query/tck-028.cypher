CREATE (:A), (:B {name: 'b'}), ({name: 'c'})
