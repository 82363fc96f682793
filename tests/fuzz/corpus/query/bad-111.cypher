// limits: timeout=200
UNWIND range(1, 1000000) AS i CREATE (:Note {i: i})
