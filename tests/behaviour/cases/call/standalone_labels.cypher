// A standalone CALL yields every output column of the procedure.
CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name));
CREATE (:Person {name: 'Benito Juárez'}), (:Faction {name: 'Republic'});
CALL db.labels
