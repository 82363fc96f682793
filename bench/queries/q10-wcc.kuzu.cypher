// setup: CALL project_graph('G10', ['Person'], ['KNOWS'])
CALL weakly_connected_components('G10') RETURN count(DISTINCT group_id)
