// Question: Which places located in the state of Veracruz or Guanajuato changed hands, and when?
MATCH (pl:Place)-[:LOCATED_IN]->(st:Place)
WHERE st.name = 'Veracruz' OR st.name = 'Guanajuato'
MATCH (x)-[c:CAPTURED]->(pl)
RETURN st.name AS state, pl.name AS place, x.name AS taken_by, toString(c.date) AS on_date
ORDER BY state, place, on_date, taken_by;
