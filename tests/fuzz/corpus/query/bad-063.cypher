MATCH (n) RETURN count(count(n)) AS x
