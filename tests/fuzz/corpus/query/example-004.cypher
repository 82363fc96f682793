// Question: Who was executed, by which side, when and where?
MATCH (f:Faction)-[e:EXECUTED]->(p:Person)
RETURN p.name AS person, f.name AS executed_by, toString(e.date) AS on_date, e.place AS place
ORDER BY on_date, person;
