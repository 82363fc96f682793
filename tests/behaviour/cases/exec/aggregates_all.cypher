UNWIND [1, 2, 3, 4] AS x RETURN sum(x), avg(x), min(x), max(x), collect(x), count(DISTINCT x % 2);
