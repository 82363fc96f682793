COPY Note FROM '/dev/null'
