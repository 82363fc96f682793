CREATE (:Person {name: 'Hubert Howe Bancroft', aliases: ['Bancroft'], role: 'historian', source: 'Republican counteroffensive > Fall of the empire > Siege of Querétaro', lines: [228]});
