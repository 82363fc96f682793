RETURN nosuchfunction(1) AS x
