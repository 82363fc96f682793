UNWIND [1, 2, 3] AS x RETURN x, CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS word, CASE WHEN x > 1 THEN 'big' END AS size;
