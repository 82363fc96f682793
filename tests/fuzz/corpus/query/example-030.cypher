// Question: Who headed each state on 1 June 1865, according to dated leadership records, and is it certain at the precision of the dates?
MATCH (p:Person)-[l:LED]->(f:Faction)
WHERE f.kind = 'state' AND (l.since IS NOT NULL OR l.until IS NOT NULL) AND possibly_valid_at(l, date('1865-06-01'))
RETURN f.name AS state, p.name AS leader, l.role AS role, valid_at(l, date('1865-06-01')) AS certain
ORDER BY state, leader;
