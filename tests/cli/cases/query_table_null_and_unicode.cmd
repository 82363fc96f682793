query people.cypher --max-width 0 -e "RETURN null AS nothing, 'null' AS text, '' AS empty, '1862-05' AS looks_like_a_date, date('1862-05') AS date, '東京' AS wide, 'e\u0301' AS combining"
