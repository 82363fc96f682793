// Reading a key a declared table lacks is an error, as writing it is, with the nearest column;
// a variable without a label reads null as before.
CREATE NODE TABLE Person(name STRING, born INT64, PRIMARY KEY(name));
CREATE REL TABLE KNEW(FROM Person TO Person, since INT64);
CREATE (:Person {name: 'Juárez', born: 1806});
MATCH (p:Person) RETURN p.nmae;
MATCH (p:Person)-[k:KNEW]->() RETURN k.snce;
MATCH (p) RETURN p.nmae AS unlabelled;
