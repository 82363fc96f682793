query --limit max_rows=5 -e 'RETURN 1 AS one'
