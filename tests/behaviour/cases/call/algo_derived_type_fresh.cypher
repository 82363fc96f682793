// A derived type is brought up to date before it is projected.
CREATE DERIVED REL TABLE MET(FROM P TO P) AS MATCH (a:P)-[:AT]->(:B)<-[:AT]-(b:P) WHERE a <> b RETURN a, b;
CREATE (:P {name: 'a'}), (:P {name: 'b'}), (:P {name: 'c'}), (:B {name: 'x'});
MATCH (p:P), (b:B) WHERE p.name <> 'c' CREATE (p)-[:AT]->(b);
CALL algo.degree({labels: ['P'], types: ['MET'], direction: 'undirected'}) YIELD node, score
RETURN node.name AS name, score ORDER BY name
