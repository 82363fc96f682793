// Question: In which engagements did Porfirio Díaz command, and how did his side fare?
MATCH (p:Person {name: 'Porfirio Díaz'})-[c:COMMANDED]->(b:Battle)
WHERE b.kind <> 'war'
OPTIONAL MATCH (f:Faction {name: 'Mexican Republic'})-[r:FOUGHT_IN]->(b)
RETURN b.name AS engagement, toString(b.start) AS began, r.result AS republic_result
ORDER BY began, engagement;
