// Question: How was the 1ère Division d'Infanterie organised on 31 December 1862?
MATCH (u:Faction)-[:PART_OF*1..2]->(d:Faction {name: '1ère Division d\'Infanterie'})
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Faction)
RETURN parent.name AS parent, u.name AS unit, u.kind AS kind
ORDER BY parent, unit;
