query --limit max_result_rows -e 'RETURN 1 AS one'
