CREATE (:Person {name: 'Ramón Méndez', aliases: ['Méndez'], role: 'imperial colonel, later general', source: 'Infobox', lines: [10]});
