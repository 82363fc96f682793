RETURN none(x IN [1, null, true, 4.5, 'abc', false] WHERE false) AS result
