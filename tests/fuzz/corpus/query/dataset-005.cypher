CREATE (:Place {name: 'Nuevo León', kind: 'state', source: 'French invasion > Northern campaign', lines: [106]});
