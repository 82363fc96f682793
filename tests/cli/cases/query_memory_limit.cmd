query --limit max_memory=64KB -e "UNWIND range(1, 1000) AS x RETURN x ORDER BY x"
