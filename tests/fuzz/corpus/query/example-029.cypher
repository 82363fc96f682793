// Question: Which engagements record the largest forces on one side?
MATCH (f:Faction)-[r:FOUGHT_IN]->(b:Battle)
WHERE b.kind <> 'war' AND r.strength > 0
RETURN b.name AS engagement, f.name AS faction, r.strength AS strength
ORDER BY strength DESC, engagement, faction
LIMIT 10;
