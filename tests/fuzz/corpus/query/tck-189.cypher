RETURN NOT false OR true AS a,
       (NOT false) OR true AS b,
       NOT (false OR true) AS c
