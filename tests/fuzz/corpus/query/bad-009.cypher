// limits: timeout=200
MATCH (a), (b), (c), (d) WITH collect(a) AS x, collect(b) AS y UNWIND x AS p UNWIND y AS q RETURN count(*) AS n
