MATCH (n:`a;b`) RETURN count(n) AS n; RETURN 1 / 0 AS x
