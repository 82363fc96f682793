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

// A column's type, as Kùzu names them: STRING, INT64, DOUBLE, BOOL, DATE, a
// narrower integer or float (INT8 … INT32, UINT8 … UINT64, SERIAL, FLOAT), a
// list of one of them (STRING[]) or a fixed-size list (DOUBLE[3]). Values are
// held as annals has them (64-bit integers, doubles); a narrower declared type
// is its range, checked on every write and every COPY row.
struct data_type {
  enum class base : std::uint8_t { any, boolean, int64, double_, string, date };
  // The declared range of an int64 or double_ column; `full` is INT64 or DOUBLE.
  // UINT64 holds 0 … 2^63-1 here: larger values are not 64-bit signed integers.
  enum class range : std::uint8_t { full, int8, int16, int32, uint8, uint16, uint32, uint64, serial, float32 };
  base element = base::any;
  bool is_list = false;
  range declared = range::full;
  std::uint32_t fixed_length = 0; // T[n]: lists of exactly n elements (n > 0); 0 for T[]

  static std::optional<data_type> parse(std::string_view text); // "STRING", "INT8[]", "DOUBLE[3]", "INT", …
  // For a type name Kùzu has and annals cannot hold exactly (TIMESTAMP,
  // INT128, …): why, for the error naming the column. Empty for other names.
  static std::string why_not_held(std::string_view name);
  std::string to_string() const;
  // Whether `v` may be stored in a column of this type (null always may).
  bool admits(const value& v) const;
  // What a value must be, for errors: "INT8 (-128 to 127)", "DOUBLE[3] (3 elements)".
  std::string describe() const;
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
  // A symmetric derived type holds one relationship per unordered pair of
  // nodes (and set of property values); a directed pattern matches it from
  // either end, an undirected one once (lib/derive/derived_catalog.hpp).
  bool symmetric = false;
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
