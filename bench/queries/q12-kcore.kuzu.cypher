// setup: CALL project_graph('G12', ['Person'], ['KNOWS'])
CALL k_core_decomposition('G12') RETURN max(k_degree)
