// An unknown procedure is a ProcedureError at its position.
MATCH (n)
CALL db.nosuch() YIELD x RETURN x
