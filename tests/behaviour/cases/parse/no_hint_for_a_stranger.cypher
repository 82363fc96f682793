// A word far from every keyword gets no hint.
MATCH (n) RETURN n banana;
