COPY Note FROM '/etc/pass*'
