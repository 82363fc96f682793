// Question: Which units does the order of battle place under the French expeditionary force, at any depth up to three levels?
MATCH (u:Faction)-[:PART_OF*1..3]->(f:Faction {name: 'French expeditionary force'})
RETURN DISTINCT u.name AS unit, u.kind AS kind
ORDER BY kind, unit;
