// Question: Who held which command inside Querétaro during the 1867 siege?
MATCH (p:Person)-[m:MEMBER_OF]->(a:Faction {name: 'Mexican Imperial Army'})
WHERE m.since.year = 1867
RETURN p.name AS person, m.role AS role, toString(m.since) AS since
ORDER BY since, person, role;
