query --limit max_result_rows=3 people.cypher -e 'MATCH (p:Person) RETURN p.name AS name'
