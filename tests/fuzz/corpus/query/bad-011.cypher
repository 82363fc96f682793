COPY Note FROM '/dev/zero'
