CREATE (:Person {name: 'Fermín Valdés', role: 'Republican commander', source: 'French invasion > Pacific campaign', lines: [122]});
