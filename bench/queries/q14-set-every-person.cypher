// 14. A write over every node: SET one property of every person (issue 14: it used to re-index the
// label on each SET, O(persons) apiece). Sets the value it has, so repetitions see the same graph.
MATCH (p:Person) SET p.age = p.age + 0 RETURN count(*)
