CREATE (:Faction {name: 'Austrian Empire', aliases: ['Austria', 'Austrian'], kind: 'state', source: 'Background > Multinational intervention', lines: [38]});
