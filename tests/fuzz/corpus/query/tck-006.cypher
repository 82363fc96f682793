MATCH (person)
WITH $age + avg(person.age) - 1000 AS agg
RETURN *
