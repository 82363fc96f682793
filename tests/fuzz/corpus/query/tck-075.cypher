CREATE (:A:B), (:A:C), (:B:C),
       (:A), (:B), (:C), ()
