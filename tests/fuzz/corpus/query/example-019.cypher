// Question: Who served the Second Mexican Empire on 1 January 1866, according to dated membership spells?
MATCH (p:Person)-[m:MEMBER_OF]->(f:Faction {name: 'Second Mexican Empire'}) AS OF date('1866-01-01')
WHERE m.since.year <= 1865
RETURN p.name AS person, m.role AS role, toString(m.since) AS since
ORDER BY person;
