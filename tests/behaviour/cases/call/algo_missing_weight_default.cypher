// A relationship without the weight fails the call unless `default_weight` is given.
CREATE (:P {name: 'a'})-[:T {w: 1}]->(:P {name: 'b'})-[:T]->(:P {name: 'c'});
MATCH (s:P {name: 'a'})
CALL algo.degree({types: ['T'], weight: 'w'}) YIELD node, score RETURN score
