COPY Person FROM '/'
