CREATE (:A), (:A), (:B), (:B), (:C)
