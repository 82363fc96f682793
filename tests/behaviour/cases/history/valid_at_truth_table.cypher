CREATE (:F {name: 'Empire'}), (:F {name: 'Republic'}), (:Pe {name: 'Cortina'});
MATCH (p:Pe), (r:F {name: 'Republic'}), (e:F {name: 'Empire'}) CREATE (p)-[:MEMBER_OF {until: date('1864-09-26')}]->(r), (p)-[:MEMBER_OF {since: date('1864-09-26'), until: date('1865')}]->(e), (p)-[:MEMBER_OF {since: date('1865')}]->(r);
UNWIND ['1864-01-01', '1864-09', '1864-09-26', '1864-12-01', '1865', '1865-06', '1866-01-01'] AS day MATCH (:Pe)-[m:MEMBER_OF]->(f) RETURN day, f.name, valid_at(m, date(day)) AS certain, possibly_valid_at(m, date(day)) AS possible ORDER BY day, f.name, toString(m.since);
