// The values of TCK result and parameter tables: Cypher literals plus
// nodes `(:A {k: 1})`, relationships `[:T {k: 1}]` and paths
// `<(:A)-[:T]->(:B)>`, which carry labels, types and properties but no ids,
// so graph elements compare by structure.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace annals::tck {

struct tck_value;
using tck_list = std::vector<tck_value>;
using tck_map = std::map<std::string, tck_value>; // key order free, as in the TCK

struct tck_node {
  std::set<std::string> labels;
  tck_map properties;
};
struct tck_relationship {
  std::string type;
  tck_map properties;
};
// nodes.size() == relationships.size() + 1; forward[i]: relationship i points from nodes[i] to nodes[i + 1].
struct tck_path {
  std::vector<tck_node> nodes;
  std::vector<tck_relationship> relationships;
  std::vector<bool> forward;
};
// A value that the TCK syntax cannot write, shown as text (never equal to a parsed value).
struct tck_other {
  std::string text;
};

struct tck_value {
  std::variant<std::monostate, bool, std::int64_t, double, std::string, tck_list, tck_map, tck_node, tck_relationship,
               tck_path, tck_other>
      data;
};

struct value_syntax_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parses one table cell; throws value_syntax_error.
tck_value parse_tck_value(std::string_view text);

// The value in TCK syntax, canonical: map keys and labels sorted, floats in
// their shortest exact form (always with '.', 'e', NaN or Infinity), -0.0 as
// 0.0. Two values are equal for the TCK when their canonical texts are equal.
// With `unordered_lists`, the elements of every list are sorted first.
std::string canonical(const tck_value& v, bool unordered_lists = false);
std::string format_float(double d);

} // namespace annals::tck
