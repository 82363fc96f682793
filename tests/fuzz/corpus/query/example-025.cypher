// Question: Who was taken prisoner, by whom, and did they escape?
MATCH (p:Person)-[t:TAKEN_PRISONER]->(f:Faction)
RETURN toString(t.date) AS on_date, p.name AS prisoner, f.name AS captor, t.place AS place, t.escaped AS escaped
ORDER BY on_date, prisoner, captor;
