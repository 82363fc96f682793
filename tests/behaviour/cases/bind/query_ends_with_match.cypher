MATCH (n);
