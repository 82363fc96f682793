// Two mistakes: an unknown variable, and a syntax error.
MATCH (p:Person) RETURN q.name;

MATCH (p:Person RETURN p;
