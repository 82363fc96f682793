// setup: CALL project_graph('G9', ['Person'], ['KNOWS'])
CALL page_rank('G9', maxIterations := 20, tolerance := 1e-7) RETURN count(*)
