// YIELD … WHERE filters on the yielded columns; AS renames them.
CREATE (:Person {name: 'a'}), (:Place {name: 'b'}), (:Faction {name: 'c'});
CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'P' RETURN l ORDER BY l DESC
