// commits: 1
// limits: max_path_length=8
CREATE DERIVED REL TABLE RUNAWAY(FROM D TO D) AS MATCH (a:D)-[*]->(b:D) RETURN a, b;
MATCH (a)-[:RUNAWAY]->(b) RETURN count(*) AS n
