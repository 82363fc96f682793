// 7. Top-k: the ten oldest people (ties by id).
MATCH (p:Person) RETURN p.id AS id, p.age AS age ORDER BY age DESC, id LIMIT 10
