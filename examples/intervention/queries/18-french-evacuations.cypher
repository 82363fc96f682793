// Question: When did the French expeditionary force evacuate which places?
MATCH (f:Faction {name: 'French expeditionary force'})-[e:EVACUATED]->(p:Place)
RETURN toString(e.date) AS on_date, p.name AS place, e.note AS note
ORDER BY on_date, place;
