// 1. Point lookup by primary key.
MATCH (p:Person {id: $id}) RETURN p.name, p.age, p.city
