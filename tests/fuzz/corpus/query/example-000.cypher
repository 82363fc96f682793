// Question: Which side was Juan Cortina on, on 1 December 1864 and on 1 January 1866?
UNWIND [date('1864-12-01'), date('1866-01-01')] AS day
MATCH (p:Person {name: 'Juan Cortina'})-[m:MEMBER_OF]->(f:Faction)
WHERE valid_at(m, day)
RETURN toString(day) AS on_day, f.name AS side, f.camp AS camp, m.role AS role
ORDER BY on_day, side;
