CREATE (:Place {name: 'El Ingenio', kind: 'town', source: 'French invasion', lines: [44]});
