COPY Note FROM 'nonexistent.csv'; RETURN 1
