COPY Note FROM 'subdir/../notes.csv'
