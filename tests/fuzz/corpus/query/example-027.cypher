// Question: Which commanders led in at least three engagements (wars excluded)?
MATCH (p:Person)-[c:COMMANDED]->(b:Battle)
WHERE b.kind <> 'war'
WITH p.name AS commander, count(DISTINCT b.name) AS engagements
WHERE engagements >= 3
RETURN commander, engagements
ORDER BY engagements DESC, commander;
