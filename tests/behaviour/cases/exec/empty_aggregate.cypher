MATCH (n:Nothing) RETURN count(n), sum(n.x), collect(n), max(n.x);
