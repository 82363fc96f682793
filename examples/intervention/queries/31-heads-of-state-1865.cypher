// Question: Who headed each state or government on 1 June 1865, according to dated leadership records?
MATCH (p:Person)-[l:LED]->(f:Faction)
WHERE f.kind = 'state' AND valid_at(l, date('1865-06-01')) AND (l.since.year <= 1865 OR l.until.year >= 1865)
RETURN f.name AS state, p.name AS leader, l.role AS role
ORDER BY state, leader;
