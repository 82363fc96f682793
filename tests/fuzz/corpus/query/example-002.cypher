// Question: Where was the Republican government on 1 October 1865?
MATCH (f:Faction {name: 'Mexican Republic'})-[s:SEAT_OF_GOVERNMENT]->(p:Place) AS OF date('1865-10-01')
RETURN p.name AS place, s.seq AS seq
ORDER BY seq;
