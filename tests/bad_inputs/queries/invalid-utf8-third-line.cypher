RETURN 1 AS x,
       2 AS y,
       '\u00e9 @@hex 80@@' AS z
