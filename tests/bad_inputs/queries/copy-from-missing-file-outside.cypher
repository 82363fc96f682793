COPY Note FROM '/nonexistent/people.csv'
