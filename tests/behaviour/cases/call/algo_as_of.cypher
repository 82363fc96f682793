// as_of: facts with since/until hold as MATCH … AS OF decides; events with a `date` hold within the date's days.
CREATE (a:P {name: 'a'}), (b:P {name: 'b'}), (c:P {name: 'c'}), (d:P {name: 'd'})
CREATE (a)-[:T {since: date('1862'), until: date('1865')}]->(b),
       (b)-[:T {date: date('1864-05-05')}]->(c),
       (c)-[:T {date: date('1866-01')}]->(d);
UNWIND ['1863', '1864', '1866', '1866-06'] AS year
CALL algo.wcc({types: ['T'], as_of: date(year)}) YIELD node, component
WITH year, component, collect(node.name) AS members WHERE size(members) > 1
RETURN year, members ORDER BY year, members
