COPY Person FROM '/nonexistent/people.csv'
