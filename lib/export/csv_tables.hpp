// How a subgraph is cut into CSV files: node tables, relationship tables split
// by the tables of their endpoints, and the typed columns of each.
#pragma once

#include "annals/export.hpp"
#include "annals/schema.hpp"

#include <string>
#include <vector>

namespace annals::detail {

struct csv_column {
  std::string name;
  data_type type; // base::any when the values disagree: written as text
};

struct csv_node_table {
  std::string label; // "Unlabelled" for nodes without labels
  const node_table* declared = nullptr;
  std::vector<csv_column> columns;
  std::vector<node_id> nodes;
};

struct csv_rel_table {
  std::string type;
  std::string from, to; // labels of the endpoint node tables
  bool split = false;   // the type joins several pairs of tables: one file per pair
  std::vector<csv_column> columns;
  std::vector<rel_id> relationships;
};

struct csv_tables {
  std::vector<csv_node_table> nodes;
  std::vector<csv_rel_table> relationships;
};

csv_tables plan_csv_tables(const graph& g, const subgraph& s);

// The label of the node table a node is written to.
std::string csv_table_of(const graph& g, node_id n);

} // namespace annals::detail
