// Question: Through shared engagements only (COMMANDED links, wars left out), what is the shortest chain from Juan Cortina to François Achille Bazaine?
MATCH p = (a:Person {name: 'Juan Cortina'})-[:COMMANDED*..8]-(b:Person {name: 'François Achille Bazaine'})
WHERE all(n IN nodes(p) WHERE NOT n:Battle OR n.kind <> 'war')
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS chain
ORDER BY hops, chain
LIMIT 1;
