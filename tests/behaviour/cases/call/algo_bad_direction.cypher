CALL algo.degree({direction: 'both'}) YIELD node, score RETURN node, score
