// Question: Which cities were founded first?
MATCH (c:City)
RETURN c.name AS city, c.founded AS founded
ORDER BY founded, city;
