// Question: How many engagements (wars excluded) began in each year?
MATCH (b:Battle)
WHERE b.kind <> 'war'
RETURN b.start.year AS year, count(*) AS engagements
ORDER BY year;
