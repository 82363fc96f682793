// The first word of a statement, letters swapped.
MACTH (n) RETURN n;
