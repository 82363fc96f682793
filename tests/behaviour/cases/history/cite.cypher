CREATE (:P {name: 'Maximilian I', source: 'Republican counteroffensive > Fall of the empire > Execution of Maximilian', lines: [245, 247]}), (:P {name: 'Nobody'});
MATCH (p:P) RETURN p.name, cite(p) ORDER BY p.name;
