// Computing one derived type: its definition runs over the graph (untyped
// patterns read stored types only) under the limits of the query that needs
// it, each row is checked against the table (declared endpoint labels, column
// types), a symmetric type keeps one relationship per unordered pair and set
// of property values, and the relationships replace the type's previous ones
// with their citations (provenance.hpp). A refused row throws schema_error
// DerivedRowRefused naming the type, the row and what is wrong with it;
// nothing is replaced then.
#pragma once

#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "derive/derived_type.hpp"

#include <chrono>

namespace annals::derive {

// Returns the number of relationships the type holds now.
std::size_t evaluate_derived(graph& g, const derived_type& d, const query_limits& limits,
                             std::chrono::steady_clock::time_point deadline);

// Removes a derived type's relationships (it is dropped, or what it held cannot stand).
void clear_derived(graph& g, symbol type);

} // namespace annals::derive
