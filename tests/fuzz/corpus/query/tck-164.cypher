MATCH (n)
CALL test.doNothing()
RETURN n.name AS `name`
