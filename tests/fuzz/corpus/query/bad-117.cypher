// commits: 2
CREATE (:Note {text: 'kept'});
MATCH (n:Note {text: 'kept'}) SET n.extra = 1;
MATCH (n:Note {text: 'kept'}) SET n.extra = 9223372036854775807 + n.extra
