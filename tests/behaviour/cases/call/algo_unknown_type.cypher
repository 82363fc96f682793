CREATE (:P)-[:T]->(:P);
CALL algo.wcc({types: ['FOUGHT']}) YIELD node, component RETURN node, component
