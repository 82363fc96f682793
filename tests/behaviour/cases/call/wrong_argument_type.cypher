CALL algo.pagerank('everything') YIELD node RETURN node
