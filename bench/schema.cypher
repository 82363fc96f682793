// The benchmark graph's schema, run as is by annals and by Kùzu.
CREATE NODE TABLE Person(id INT64, name STRING, age INT64, city STRING, PRIMARY KEY(id));
CREATE REL TABLE KNOWS(FROM Person TO Person, since INT64);
