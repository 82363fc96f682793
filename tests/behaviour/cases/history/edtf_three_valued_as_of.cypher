CREATE (:F {name: 'Regency'}), (:Pe {name: 'Almonte'});
MATCH (p:Pe), (f:F) CREATE (p)-[:MEMBER_OF {since: date('1863-06~'), until: date('1864-04-10')}]->(f);
UNWIND ['1863-05-01', '1863-07-15', '1863-08-01', '1864-04-09', '1864-04-10', '186X'] AS day MATCH (:Pe)-[m:MEMBER_OF]->(f) RETURN day, valid_at(m, date(day)) AS certain, possibly_valid_at(m, date(day)) AS possible;
