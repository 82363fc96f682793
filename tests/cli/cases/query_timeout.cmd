query --timeout 100 -e 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n'
