CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name));
CREATE (:Note {text: 'x'})-[:ABOUT {weight: 1}]->(:Note {text: 'y', extra: true});
CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey
