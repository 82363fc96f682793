RETURN NOT true AND false AS a,
       (NOT true) AND false AS b,
       NOT (true AND false) AS c
