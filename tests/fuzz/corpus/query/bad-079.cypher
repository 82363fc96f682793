// limits: max_result_rows=10
UNWIND range(1, 1000) AS i RETURN i
