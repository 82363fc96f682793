UNWIND [1, 1, 2] AS k MERGE (n:K {k: k}) ON CREATE SET n.created = true;
MATCH (n:K) RETURN n.k, n.created ORDER BY n.k;
