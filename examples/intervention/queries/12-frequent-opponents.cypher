// Question: Which pairs of opposing commanders met most often?
MATCH (a:Person)-[f:FOUGHT_AGAINST]->(b:Person)
WHERE a.name < b.name
RETURN a.name AS commander, b.name AS opponent, count(*) AS meetings
ORDER BY meetings DESC, commander, opponent
LIMIT 10;
