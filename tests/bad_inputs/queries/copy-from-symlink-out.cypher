COPY Note FROM 'passwd-link'
