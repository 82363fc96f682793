// 10. Weakly connected components of Person/KNOWS: how many.
CALL algo.wcc({labels: ['Person'], types: ['KNOWS']}) YIELD component RETURN count(DISTINCT component)
