// 12. k-core decomposition of Person/KNOWS (direction ignored): the largest core number.
CALL algo.kcore({labels: ['Person'], types: ['KNOWS']}) YIELD core RETURN max(core)
