RETURN 1 AS x; /* CREATE (:Note);
CREATE (:Note);
