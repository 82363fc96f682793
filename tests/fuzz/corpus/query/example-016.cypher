// Question: Which places did the Republic, as a faction, take in 1866?
MATCH (f:Faction {name: 'Mexican Republic'})-[c:CAPTURED]->(p:Place)
WHERE c.date.year = 1866
RETURN toString(c.date) AS on_date, p.name AS place
ORDER BY on_date, place;
