// Question: In what succession did the European states that the text lists together recognize the new monarchy?
MATCH (s:Faction)-[r:RECOGNIZED]->(e:Faction {name: 'Second Mexican Empire'})
WHERE r.seq > 0
RETURN r.seq AS seq, s.name AS state
ORDER BY seq;
