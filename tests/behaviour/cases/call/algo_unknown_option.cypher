CALL algo.pagerank({dampening: 0.9}) YIELD node, score RETURN node, score
