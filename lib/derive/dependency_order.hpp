// The derived types a definition reads, checked as a graph: a derived type may
// read only derived types defined before it, so definition order is an order
// of evaluation and no cycle can form. Checked when a type is defined and
// again for every definition a snapshot brings (database::open).
#pragma once

#include <string>
#include <vector>

namespace annals::derive {

struct dependency_node {
  std::string name;
  std::vector<std::string> reads; // relationship types its definition names
};

// Throws semantic_error DerivedTypeCycle when adding `added` after `defined`
// (in definition order) would close a cycle ("derived types cannot read each
// other in a cycle: A -> B -> A") or make a type read one defined after it
// (a forward reference, refused: it is how a cycle slips in).
void check_dependencies(const std::vector<dependency_node>& defined, const dependency_node& added);

} // namespace annals::derive
