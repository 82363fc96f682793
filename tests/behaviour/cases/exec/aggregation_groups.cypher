UNWIND [1, 2, 2, 3, 3, 3, null] AS x RETURN x, count(*) AS n, count(x) AS c ORDER BY x;
