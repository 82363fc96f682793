// commits: 1
// limits: timeout=200 max_path_length=8 max_intermediate_rows=100000
CREATE DERIVED REL TABLE RUNAWAY(FROM D TO D) AS MATCH (a:D)-[*]->(b:D) RETURN a, b;
MATCH (a)-[:RUNAWAY]->(b) RETURN count(*) AS n
