MATCH p1 = (:A)-->()
MATCH p2 = (:A)<--()
RETURN p1 = p2
