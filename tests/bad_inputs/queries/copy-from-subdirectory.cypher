COPY Note FROM 'subdir'
