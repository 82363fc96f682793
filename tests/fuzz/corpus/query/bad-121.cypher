RETURN 1 / 0 AS x;
CREATE (:Note {text: 'never'});
CREATE (:Note {text: 'never either'});
