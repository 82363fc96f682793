COPY Note FROM ['notes.csv', '/etc/passwd']
