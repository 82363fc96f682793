// Question: When did the French expeditionary force, or one of its commanders, evacuate which places?
MATCH (x)-[e:EVACUATED]->(p:Place)
WHERE x.name = 'French expeditionary force' OR EXISTS { MATCH (x)-[:MEMBER_OF]->(:Faction {name: 'French expeditionary force'}) }
RETURN toString(e.date) AS on_date, p.name AS place, x.name AS evacuated_by, e.note AS note
ORDER BY on_date, place, evacuated_by;
