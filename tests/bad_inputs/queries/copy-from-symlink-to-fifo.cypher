COPY Note FROM 'fifo-link'
