CREATE (:Note {text: 'first'}) WITH 1 AS x RETURN 1 / 0 AS y
