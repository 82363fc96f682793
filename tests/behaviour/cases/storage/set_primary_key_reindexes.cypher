// SET on a primary key moves the node in the key index; SET of any other
// property leaves the index alone; a SET that would duplicate a key changes nothing.
CREATE NODE TABLE P(id INT64, x INT64, PRIMARY KEY(id));
UNWIND range(1, 5) AS i CREATE (:P {id: i});
MATCH (p:P {id: 2}) SET p.id = 20, p.x = 7;
MATCH (p:P {id: 3}) SET p.id = 20;
// Looked up by key (an index seek, see EXPLAIN): 20 is found, 2 is gone, 3 is still 3.
MATCH (a:P {id: 20}) OPTIONAL MATCH (b:P {id: 2}) OPTIONAL MATCH (c:P {id: 3}) RETURN a.x AS x, b.id AS old, c.id AS kept;
