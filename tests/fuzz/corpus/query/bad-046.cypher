RETURN 'a\qb' AS s
