CREATE (:Person {name: 'Juan Chávez', role: 'imperialist commander', source: 'French invasion > Conquest of Central Mexico', lines: [70]});
