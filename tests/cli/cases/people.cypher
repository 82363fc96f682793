// A few people and battles of the French intervention, for the command-line tests.
CREATE NODE TABLE Person(name STRING, born DATE, aliases STRING[], source STRING, lines INT64[], PRIMARY KEY(name));
CREATE NODE TABLE Battle(name STRING, start DATE, PRIMARY KEY(name));
CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING, source STRING, lines INT64[]);

CREATE (:Person {name: 'Benito Juárez', born: date('1806-03-21'), aliases: ['Juárez'],
                 source: 'Background > Reform War', lines: [12, 14]});
CREATE (:Person {name: 'Ignacio Zaragoza', born: date('1829-03'), source: 'Battle of Puebla', lines: [40]});
CREATE (:Person {name: 'Élie Frédéric Forey', born: date('1804'), aliases: ['Forey', 'Forey, Élie'],
                 source: 'Siege of Puebla', lines: [55]});
CREATE (:Person {name: 'Tomás O\'Horan', aliases: []});
CREATE (:Battle {name: 'Battle of Puebla', start: date('1862-05-05')});
CREATE (:Battle {name: 'Siege of Puebla', start: date('1863-03')});

MATCH (p:Person {name: 'Ignacio Zaragoza'}), (b:Battle {name: 'Battle of Puebla'})
CREATE (p)-[:COMMANDED {side: 'Mexican Republic', source: 'Battle of Puebla', lines: [41, 43]}]->(b);
MATCH (p:Person {name: 'Élie Frédéric Forey'}), (b:Battle {name: 'Siege of Puebla'})
CREATE (p)-[:COMMANDED {side: 'French Empire', source: 'Siege of Puebla', lines: [56]}]->(b);
