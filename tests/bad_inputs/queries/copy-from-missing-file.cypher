COPY Note FROM 'missing.csv'
