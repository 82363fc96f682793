COPY Note FROM 'sub*'
