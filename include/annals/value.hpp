// The values annals stores and queries return.
//
// A value is null, a boolean, a 64-bit integer, a double, a string, a partial
// date, a list, a map, or a reference to a node, a relationship or a path of
// the graph it came from.
#pragma once

#include "annals/partial_date.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace annals {

using node_id = std::uint32_t;
using rel_id = std::uint32_t;

struct node_ref {
  node_id id;
  friend bool operator==(const node_ref&, const node_ref&) = default;
};
struct rel_ref {
  rel_id id;
  friend bool operator==(const rel_ref&, const rel_ref&) = default;
};
// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct path_value {
  std::vector<node_id> nodes;
  std::vector<rel_id> rels;
  friend bool operator==(const path_value&, const path_value&) = default;
};

enum class value_kind : std::uint8_t { null, boolean, integer, floating, string, date, list, map, node, relationship, path };
std::string_view to_string(value_kind k);

struct value;
using value_list = std::vector<value>;
using value_map = std::map<std::string, value, std::less<>>;

struct value {
  using storage = std::variant<std::monostate, bool, std::int64_t, double, std::string, partial_date, value_list,
                               value_map, node_ref, rel_ref, path_value>;
  storage data;

  value() = default;
  value(std::nullptr_t) {}
  value(bool b) : data(b) {}
  value(int i) : data(std::int64_t{i}) {}
  value(std::int64_t i) : data(i) {}
  value(double d) : data(d) {}
  value(const char* s) : data(std::string(s)) {}
  value(std::string s) : data(std::move(s)) {}
  value(std::string_view s) : data(std::string(s)) {}
  value(partial_date d) : data(d) {}
  value(value_list l) : data(std::move(l)) {}
  value(value_map m) : data(std::move(m)) {}
  value(node_ref n) : data(n) {}
  value(rel_ref r) : data(r) {}
  value(path_value p) : data(std::move(p)) {}

  value_kind kind() const { return static_cast<value_kind>(data.index()); }
  bool is_null() const { return data.index() == 0; }
  template <class T> bool is() const { return std::holds_alternative<T>(data); }
  template <class T> const T& as() const { return std::get<T>(data); }
  template <class T> T& as() { return std::get<T>(data); }
  template <class T> const T* get_if() const { return std::get_if<T>(&data); }

  // Structural equality: 1 == 1.0 is false here (use the query language's
  // `=` for Cypher equality); two nulls are equal. Used by indexes and tests.
  friend bool operator==(const value& a, const value& b) { return a.data == b.data; }
};

// Cypher literal syntax: 'text', 1, 1.5, [1, 2], {a: 1}, 1864-03 for dates.
std::string to_cypher(const value& v);

// Shortest text that reads back as the same double, always with a '.', 'e', or NaN/Infinity.
std::string format_double(double d);

// Total order across all values (Cypher's orderability: maps, nodes,
// relationships, lists, paths, dates, strings, booleans, numbers, then null).
int compare_total(const value& a, const value& b);

struct value_hash {
  std::size_t operator()(const value& v) const;
};
// Equality consistent with value_hash (numbers compare by value, so 1 == 1.0).
struct value_equivalent {
  bool operator()(const value& a, const value& b) const { return compare_total(a, b) == 0; }
};

} // namespace annals
