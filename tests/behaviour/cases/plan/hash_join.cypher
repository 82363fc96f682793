CREATE (:A {k: 1}), (:B {k: 1});
EXPLAIN MATCH (a:A), (b:B) WHERE a.k = b.k RETURN a, b;
