// Question: Who were the most central commanders of each year's who-fought-whom network (betweenness)?
UNWIND range(1862, 1867) AS year
CALL algo.betweenness({labels: ['Person'], types: ['FOUGHT_AGAINST'], direction: 'undirected', as_of: date(toString(year))})
YIELD node, score WHERE score > 0
WITH year, node.name AS commander, score ORDER BY year, score DESC, commander
WITH year, collect({commander: commander, score: score})[0..2] AS top
UNWIND top AS t
RETURN year, t.commander AS commander, t.score AS betweenness ORDER BY year, betweenness DESC, commander;
