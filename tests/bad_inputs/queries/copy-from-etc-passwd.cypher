COPY Note FROM '/etc/passwd'
