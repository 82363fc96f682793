CREATE (:Place {name: 'Minatitlán', kind: 'town', source: 'French invasion > Conquest of Central Mexico', lines: [86]});
