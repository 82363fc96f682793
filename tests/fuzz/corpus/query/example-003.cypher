// Question: Who changed sides, to which side, and when?
MATCH (p:Person)-[d:DEFECTED_TO]->(f:Faction)
RETURN p.name AS person, f.name AS joined, toString(d.date) AS on_date
ORDER BY on_date, person, joined;
