MATCH (n) WHERE (n)-[]->() RETURN n
