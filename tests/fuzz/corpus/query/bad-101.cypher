RETURN nosuch AS x
