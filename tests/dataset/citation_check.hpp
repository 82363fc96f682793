// The dataset's citation rules, checked record by record:
// - every node and relationship has `source` (a section path) and `lines`;
// - the section exists in the seed text and every cited line lies within it;
// - every cited line mentions the node's name or one of its `aliases`
//   (accent- and case-insensitive), for a relationship one endpoint's.
// A derived relationship that carries no citation at all is exempt: it is
// computed from cited records (ALLY_OF); one that carries a citation
// (FOUGHT_AGAINST copies its COMMANDED record's) must satisfy the rules.
#pragma once

#include "seed_text.hpp"

#include "annals/graph.hpp"

#include <string>
#include <vector>

namespace annals::testing {

// One message per broken rule, naming the record and quoting the cited line.
std::vector<std::string> citation_problems(const graph& g, const seed_text& seed);

} // namespace annals::testing
