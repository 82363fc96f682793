CREATE NODE TABLE P(name STRING, PRIMARY KEY(name));
CREATE (:P {name: 'a', rank: 'general'});
