// 11. Strongly connected components of Person/KNOWS: how many.
CALL algo.scc({labels: ['Person'], types: ['KNOWS']}) YIELD component RETURN count(DISTINCT component)
