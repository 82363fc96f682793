// Question: Which states recognized the Second Mexican Empire?
MATCH (s:Faction)-[r:RECOGNIZED]->(e:Faction {name: 'Second Mexican Empire'})
RETURN s.name AS state
ORDER BY state;
