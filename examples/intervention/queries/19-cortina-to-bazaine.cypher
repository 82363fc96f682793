// Question: Through COMMANDED links only (shared engagements), how many hops separate Juan Cortina from François Achille Bazaine?
MATCH p = shortestPath((a:Person {name: 'Juan Cortina'})-[:COMMANDED*]-(b:Person {name: 'François Achille Bazaine'}))
RETURN length(p) AS hops
ORDER BY hops;
