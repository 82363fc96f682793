CREATE (a)
SET a.maplist = [{num: 1}]
