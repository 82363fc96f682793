// 9. PageRank over Person/KNOWS, at most 20 iterations (Kùzu's default), damping 0.85.
// The scores differ by definition (Kùzu does not spread the rank of nodes without out-edges): the answer is the node count.
CALL algo.pagerank({labels: ['Person'], types: ['KNOWS'], iterations: 20, tolerance: 1e-7}) YIELD node, score RETURN count(*)
