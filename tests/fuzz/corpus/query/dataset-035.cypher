CREATE (:Person {name: 'Abel Douay', aliases: ['Douay'], role: 'French general', source: 'Infobox', lines: [10]});
