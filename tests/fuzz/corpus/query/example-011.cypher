// Question: Which opposing commanders met more than once, and in which engagements?
MATCH (a:Person)-[f:FOUGHT_AGAINST]->(b:Person)
WHERE a.name < b.name
WITH a, b, count(*) AS meetings
WHERE meetings > 1
MATCH (a)-[g:FOUGHT_AGAINST]->(b)
RETURN a.name AS commander, b.name AS opponent, meetings, g.battle AS engagement, toString(g.date) AS began
ORDER BY meetings DESC, commander, opponent, began, engagement;
