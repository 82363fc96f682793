// Question: Where did the Republican government sit, in order, and from when to when?
MATCH (f:Faction {name: 'Mexican Republic'})-[s:SEAT_OF_GOVERNMENT]->(p:Place)
RETURN s.seq AS seq, p.name AS place, toString(s.since) AS since, toString(s.until) AS until
ORDER BY seq;
