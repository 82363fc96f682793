// Declared tables: the typed part of an annals graph.
//
// A database starts open: any label, type and property may be created, with
// values of any type. Declaring a node table (a label) or a relationship
// table (a type), as Kùzu writes them, makes it strict from then on:
//
//   CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name))
//   CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING)
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/value.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace annals {

// STRING, INT64, DOUBLE, BOOL, DATE, or a list of one of them (STRING[]).
struct data_type {
  enum class base : std::uint8_t { any, boolean, int64, double_, string, date };
  base element = base::any;
  bool is_list = false;

  static std::optional<data_type> parse(std::string_view text); // "STRING", "INT64[]", "INT", …
  std::string to_string() const;
  // Whether `v` may be stored in a column of this type (null always may).
  bool admits(const value& v) const;
  friend bool operator==(const data_type&, const data_type&) = default;
};

struct column {
  std::string name;
  data_type type;
};

struct node_table {
  std::string name;
  std::vector<column> columns;
  std::string primary_key;
  const column* find(std::string_view col) const;
};

struct rel_table {
  std::string name;
  std::vector<std::pair<std::string, std::string>> endpoints; // (FROM label, TO label) pairs
  std::vector<column> columns;
  // Derived tables are computed from a query: their text, kept for the
  // planner and for snapshots. Empty for stored tables.
  std::string derived_query;
  bool is_derived() const { return !derived_query.empty(); }
  const column* find(std::string_view col) const;
};

class schema {
public:
  // Both throw schema_error when the name is taken or the table is malformed.
  void add_node_table(node_table t);
  void add_rel_table(rel_table t);
  // Throws schema_error when no such table exists.
  void drop_table(std::string_view name);

  const node_table* find_node_table(std::string_view label) const;
  const rel_table* find_rel_table(std::string_view type) const;
  const std::map<std::string, node_table, std::less<>>& node_tables() const { return nodes_; }
  const std::map<std::string, rel_table, std::less<>>& rel_tables() const { return rels_; }

private:
  std::map<std::string, node_table, std::less<>> nodes_;
  std::map<std::string, rel_table, std::less<>> rels_;
};

} // namespace annals
