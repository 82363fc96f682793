// setup: CALL project_graph('G11', ['Person'], ['KNOWS'])
CALL strongly_connected_components('G11') RETURN count(DISTINCT group_id)
