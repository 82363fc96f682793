// Provenance in results (--cite, :cite on): each row gets a last column
// `citations` saying where the nodes and relationships it used come from.
#pragma once

#include "annals/graph.hpp"
#include "annals/result.hpp"

#include <string>

namespace annals::cli {

// "Section > Subsection (L104, L106)" from a record's `source` and `lines`
// properties; empty when it has neither.
std::string citation_of(const property_set& properties, const graph& g);

// `r` with a column `citations`: for every node, relationship and path in the
// row (inside lists and maps too), its citation, without repeats, joined by "; ".
result with_citations(const result& r, const graph& g);

} // namespace annals::cli
