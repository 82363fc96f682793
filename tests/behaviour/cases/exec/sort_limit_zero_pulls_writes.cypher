// LIMIT 0 after ORDER BY returns nothing, yet the writes before it happen.
UNWIND range(1, 3) AS i CREATE (:T {i: i});
MATCH (t:T) SET t.seen = true WITH t ORDER BY t.i LIMIT 0 RETURN t;
MATCH (t:T) RETURN t.i AS i, t.seen AS seen ORDER BY i;
