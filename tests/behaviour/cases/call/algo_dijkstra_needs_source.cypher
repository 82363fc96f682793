CREATE (:P {name: 'a'})-[:T {w: 1}]->(:P {name: 'b'})-[:T]->(:P {name: 'c'});
CALL algo.dijkstra({types: ['T'], weight: 'w', source: null}) YIELD path, cost RETURN cost
