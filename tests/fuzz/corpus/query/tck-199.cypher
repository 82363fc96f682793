CREATE (:Label)
