COPY Note FROM 'zero-link'
