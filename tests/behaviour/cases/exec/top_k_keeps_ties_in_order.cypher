// ORDER BY … LIMIT keeps only k rows (a heap); rows with equal keys come out
// in the order they came in, as a full sort gives them.
UNWIND [[1, 'a'], [0, 'b'], [1, 'c'], [0, 'd'], [2, 'e'], [1, 'f']] AS p
RETURN p[1] AS tag, p[0] AS key ORDER BY key LIMIT 4;
