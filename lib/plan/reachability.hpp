// Reachability instead of trails. `MATCH (a)-[:R*]->(b) RETURN count(DISTINCT b)`
// asks which nodes a reaches, not by how many trails: enumerating the trails
// is exponential in the graph (an 18-node component of FOUGHT_AGAINST has
// millions), a breadth-first search is linear. This pass marks each
// variable-length expansion whose answer cannot depend on the trails as
// endpoints_only (the executor then yields each end node once):
//   - nothing reads its relationships: no variable, path, or later hop of the
//     same MATCH (relationship uniqueness) refers to them;
//   - every operator above it, up to one that keeps a single row of equal rows
//     (DISTINCT, an aggregation whose aggregates all ignore duplicates, UNION,
//     or an existence test), keeps the set of rows it is given the same
//     whatever the multiplicities: no LIMIT, SKIP, count(*), write or CALL;
//   - it starts at its first hop (*, *1.., *..k, *0..): with a higher minimum, a
//     node may lie at distance 1 and yet on a longer trail, which a BFS misses.
#pragma once

#include "plan/logical_operator.hpp"

namespace annals::plan {

void mark_endpoints_only(const op_ptr& root);

} // namespace annals::plan
