// Question: Which engagements took place at Monterrey, and which factions won them?
MATCH (b:Battle)-[:TOOK_PLACE_AT]->(:Place {name: 'Monterrey'})
MATCH (f:Faction)-[r:FOUGHT_IN]->(b)
WHERE r.result = 'won'
RETURN toString(b.start) AS began, b.name AS engagement, f.name AS winner
ORDER BY began, engagement, winner;
