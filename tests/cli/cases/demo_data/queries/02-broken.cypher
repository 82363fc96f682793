// Question: What happens when a query is wrong?
MATCH (c:City) RETURN c.nam AS oops, missing;
