// Question: Which places that the text locates in the state of Veracruz changed hands, and when?
MATCH (pl:Place)-[:LOCATED_IN]->(st:Place {name: 'Veracruz'})
MATCH (x)-[c:CAPTURED]->(pl)
RETURN pl.name AS place, x.name AS taken_by, toString(c.date) AS on_date
ORDER BY on_date, place, taken_by;
