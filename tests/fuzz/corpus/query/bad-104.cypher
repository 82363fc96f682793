CALL db.nosuch()
