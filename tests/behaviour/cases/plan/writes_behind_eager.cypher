EXPLAIN MATCH (n) CREATE (m:Copy) RETURN count(*);
