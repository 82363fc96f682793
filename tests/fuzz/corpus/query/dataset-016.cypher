CREATE (:Person {name: 'Aureliano Rivera', role: 'Republican commander', source: 'Republican counteroffensive > Gulf campaign', lines: [196]});
