// Question: Which factions fought alongside the Second Mexican Empire, and in how many engagements?
MATCH (e:Faction {name: 'Second Mexican Empire'})-[a:ALLY_OF]->(f:Faction)
RETURN f.name AS ally, count(DISTINCT a.battle) AS engagements
ORDER BY engagements DESC, ally;
