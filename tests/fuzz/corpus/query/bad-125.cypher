MATCH (n) RETURN count(n) AS n;
RETURN 'unterminated;
CREATE (:Note);
