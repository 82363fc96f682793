// Question: Which Belgian volunteer companies and contingents arrived when, and how strong were they?
MATCH (c:Faction)-[p:PART_OF]->(b:Faction)
WHERE p.since.year >= 1864 AND (b.name = 'Belgian Volunteers' OR b.name = 'Bataillon de l\'Impératrice Charlotte' OR b.name = 'Bataillon Roi des Belges')
RETURN toString(p.since) AS arrived, c.name AS unit, b.name AS part_of, c.strength AS strength, c.strength_note AS detail
ORDER BY arrived, unit;
