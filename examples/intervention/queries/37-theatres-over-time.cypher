// Question: How many separate theatres (groups of commanders linked by confrontations) did the war have each year?
UNWIND range(1862, 1867) AS year
CALL algo.wcc({labels: ['Person'], types: ['FOUGHT_AGAINST'], as_of: date(toString(year))}) YIELD node, component
WITH year, component, count(*) AS commanders WHERE commanders > 1
RETURN year, count(*) AS theatres, max(commanders) AS largest, sum(commanders) AS engaged ORDER BY year;
