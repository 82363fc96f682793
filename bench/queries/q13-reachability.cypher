// 13. Reachability: how many persons one person reaches in 1 to 4 KNOWS hops (issue 15).
// Only the end nodes count, so annals searches breadth-first rather than enumerating trails.
MATCH (a:Person {id: $id})-[:KNOWS*1..4]->(b:Person) RETURN count(DISTINCT b)
