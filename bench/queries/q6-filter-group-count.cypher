// 6. Filter and aggregate over all nodes: people aged at least $min_age, per city.
MATCH (p:Person) WHERE p.age >= $min_age RETURN p.city AS city, count(*) AS people ORDER BY city
