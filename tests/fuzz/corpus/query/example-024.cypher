// Question: Which commanders were killed in action, and in which engagement?
MATCH (p:Person)-[k:KILLED_IN]->(b:Battle)
RETURN p.name AS person, b.name AS engagement, toString(k.date) AS on_date
ORDER BY person, engagement;
