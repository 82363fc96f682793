// Question: Who served the Second Mexican Empire on 1 January 1866, according to membership spells that carry a date?
MATCH (p:Person)-[m:MEMBER_OF]->(f:Faction {name: 'Second Mexican Empire'}) AS OF date('1866-01-01')
WHERE m.since IS NOT NULL OR m.until IS NOT NULL
RETURN p.name AS person, m.role AS role, toString(m.since) AS since, toString(m.until) AS until
ORDER BY person;
