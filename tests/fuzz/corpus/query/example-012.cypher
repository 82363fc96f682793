// Question: What forces and losses did each side have at the Battle of Puebla of 5 May 1862?
MATCH (f:Faction)-[r:FOUGHT_IN]->(b:Battle {name: 'Battle of Puebla'})
RETURN f.name AS faction, r.result AS result, r.strength AS strength, r.casualties AS casualties
ORDER BY faction;
