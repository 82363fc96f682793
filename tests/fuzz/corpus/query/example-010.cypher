// Question: Which commanders fought against Tomás Mejía, in which engagements?
MATCH (m:Person {name: 'Tomás Mejía'})-[f:FOUGHT_AGAINST]->(o:Person)
RETURN o.name AS opponent, f.battle AS engagement, toString(f.date) AS began
ORDER BY began, engagement, opponent;
