MATCH (n) RETURN n.x + count(*);
