@@repeat 5000 MATCH (n:Person) @@RETURN count(*)
