query --timeout 1.5 -e 'RETURN 1 AS one'
