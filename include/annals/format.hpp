// Text forms of values and results, as the shell and the command line print them.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/graph.hpp"
#include "annals/result.hpp"

#include <string>

namespace annals {

// Nodes as (:Label {key: value}), relationships as [:TYPE {key: value}],
// paths as <(…)-[…]->(…)>, everything else in Cypher literal syntax.
std::string render(const value& v, const graph& g);

// What a statement changed, as the shell prints it under a result:
// "2 nodes created, 1 property set"; empty when nothing changed.
// Thread-safe (a pure function).
std::string describe_changes(const change_counts& c);

// An aligned table with a header, a rule and the row count.
std::string format_table(const result& r, const graph& g);
// RFC 4180: header row of the column names, null as an empty cell.
std::string format_csv(const result& r, const graph& g);
// A JSON array of objects, one per row (nodes and relationships as objects).
std::string format_json(const result& r, const graph& g);

} // namespace annals
