CREATE NODE TABLE P(name STRING, PRIMARY KEY(name));
CREATE (:P {name: 'a'});
UNWIND ['b', 'c', 'a'] AS n CREATE (:P {name: n});
MATCH (p:P) RETURN p.name;
