// Between the engine's values and the TCK's: results are read into TCK
// values (nodes and relationships looked up in the graph, so they compare by
// labels, type and properties; dates as their ISO text, as the TCK writes
// temporal values), and parameters go the other way.
#pragma once

#include "tck_value.hpp"

#include <annals/graph.hpp>
#include <annals/value.hpp>

namespace annals::tck {

tck_value to_tck(const annals::value& v, const annals::graph& g);
// Throws value_syntax_error for nodes, relationships and paths, which a parameter cannot hold.
annals::value to_annals(const tck_value& v);

} // namespace annals::tck
