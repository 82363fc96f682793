CREATE (:P {n: 'a', age: 30}), (:P {n: 'b', age: 50});
MATCH (p:P) WHERE p.age > 40 RETURN p.n, p;
