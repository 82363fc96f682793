// SKIP and LIMIT on a sort: rows 3 to 5 of the descending order, ties in input order.
UNWIND [[5, 'a'], [3, 'b'], [5, 'c'], [1, 'd'], [3, 'e'], [4, 'f'], [2, 'g']] AS p
RETURN p[1] AS tag, p[0] AS key ORDER BY key DESC SKIP 2 LIMIT 3;
