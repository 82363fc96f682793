CREATE NODE TABLE P(name STRING, born DATE, PRIMARY KEY(name));
CREATE (:P {name: 'a', born: '1864'});
