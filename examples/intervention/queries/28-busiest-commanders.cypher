// Question: Which commanders led in the most engagements (wars excluded)?
MATCH (p:Person)-[c:COMMANDED]->(b:Battle)
WHERE b.kind <> 'war'
RETURN p.name AS commander, count(DISTINCT b.name) AS engagements
ORDER BY engagements DESC, commander
LIMIT 10;
