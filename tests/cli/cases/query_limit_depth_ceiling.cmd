query --limit max_expression_depth=5000 -e 'RETURN 1 AS one'
