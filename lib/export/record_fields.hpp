// The labels and properties of graph records in a stable order (by name), and
// the names people and other tools know records by; shared by the result
// formats and the exporters so they all show records alike.
#pragma once

#include "annals/graph.hpp"
#include "annals/schema.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals::detail {

using property_entry = std::pair<std::string_view, const value*>;

// A node's labels, sorted by name.
std::vector<std::string_view> label_names(const graph& g, node_id n);
// A record's properties, sorted by key.
std::vector<property_entry> sorted_properties(const graph& g, const property_set& properties);
// The declared node table the node belongs to: that of its first declared label by name, if any.
const node_table* declared_table(const graph& g, node_id n);
// The one label a node is filed under: its declared table, else its first label by name, else "".
std::string_view table_label(const graph& g, node_id n);
// A short name for people: the primary key, else `name` or `title`, else the node id as "#12".
std::string display_name(const graph& g, node_id n);

} // namespace annals::detail
