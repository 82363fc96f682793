COPY Note FROM 'fifo'
