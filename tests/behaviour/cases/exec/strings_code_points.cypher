// The string functions count, cut and reverse code points, never bytes (openCypher, Neo4j).
RETURN left('Juárez', 3) AS l, right('Querétaro', 5) AS r, substring('Zacatecas—Guadalupe', 9, 3) AS s,
       substring('東京都の地図', 2) AS s2, reverse('Mejía 東京') AS rev, split('añ東', '') AS chars,
       size('東京') AS n, length('ñandú') AS len, left('é', 0) AS empty, right('ab', 10) AS whole;
