// Question: Which persons issued which documents, in date order?
MATCH (p:Person)-[i:ISSUED]->(t:Treaty)
RETURN toString(i.date) AS on_date, p.name AS person, t.name AS document, t.kind AS kind
ORDER BY on_date, person, document;
