// The value parser's actions. Scalars push themselves on a stack; each
// composite marks the stack when it opens and, once matched, folds the
// entries above its mark into one value.
#pragma once

#include "tck_value.hpp"
#include "tck_value_grammar.hpp"

#include <string>
#include <vector>

namespace annals::tck::value_grammar {

struct value_stack {
  std::vector<tck_value> values;
  std::vector<std::size_t> marks;

  void mark() { marks.push_back(values.size()); }
  // The entries pushed since the last mark, removed from the stack.
  std::vector<tck_value> take_marked() {
    const auto from = marks.back();
    marks.pop_back();
    std::vector<tck_value> out(std::make_move_iterator(values.begin() + static_cast<std::ptrdiff_t>(from)),
                               std::make_move_iterator(values.end()));
    values.resize(from);
    return out;
  }
};

std::string unescape_string(std::string_view body);
double parse_double(std::string_view text);
std::int64_t parse_integer(std::string_view text);
std::string unquote_name(std::string_view text);
// Folds: [k1, v1, k2, v2, …] into a map; labels/type strings then an optional map into a node/relationship;
// node, relationship, direction, node, … into a path.
tck_map fold_map(std::vector<tck_value> entries);
tck_node fold_node(std::vector<tck_value> parts);
tck_relationship fold_relationship(std::vector<tck_value> parts);
tck_path fold_path(std::vector<tck_value> parts);

template <class Rule> struct action : p::nothing<Rule> {};

template <> struct action<null_literal> {
  static void apply0(value_stack& s) { s.values.push_back({}); }
};
template <> struct action<true_literal> {
  static void apply0(value_stack& s) { s.values.push_back({true}); }
};
template <> struct action<false_literal> {
  static void apply0(value_stack& s) { s.values.push_back({false}); }
};
template <> struct action<float_literal> {
  template <class Input> static void apply(const Input& in, value_stack& s) {
    s.values.push_back({parse_double(in.string_view())});
  }
};
template <> struct action<integer_literal> {
  template <class Input> static void apply(const Input& in, value_stack& s) {
    s.values.push_back({parse_integer(in.string_view())});
  }
};
template <> struct action<single_quoted_text> {
  template <class Input> static void apply(const Input& in, value_stack& s) {
    s.values.push_back({unescape_string(in.string_view())});
  }
};
template <> struct action<double_quoted_text> : action<single_quoted_text> {};
// Map keys, labels and relationship types travel on the stack as strings.
template <> struct action<name> {
  template <class Input> static void apply(const Input& in, value_stack& s) {
    s.values.push_back({unquote_name(in.string_view())});
  }
};

template <> struct action<list_open> {
  static void apply0(value_stack& s) { s.mark(); }
};
template <> struct action<list> {
  static void apply0(value_stack& s) {
    auto items = s.take_marked();
    s.values.push_back({tck_list(std::move(items))});
  }
};
template <> struct action<map_open> {
  static void apply0(value_stack& s) { s.mark(); }
};
template <> struct action<map> {
  static void apply0(value_stack& s) { s.values.push_back({fold_map(s.take_marked())}); }
};
template <> struct action<node_open> {
  static void apply0(value_stack& s) { s.mark(); }
};
template <> struct action<node> {
  static void apply0(value_stack& s) { s.values.push_back({fold_node(s.take_marked())}); }
};
template <> struct action<relationship_open> {
  static void apply0(value_stack& s) { s.mark(); }
};
template <> struct action<relationship> {
  static void apply0(value_stack& s) { s.values.push_back({fold_relationship(s.take_marked())}); }
};
// A hop's direction follows its relationship on the stack.
template <> struct action<forward_hop> {
  static void apply0(value_stack& s) { s.values.push_back({true}); }
};
template <> struct action<backward_hop> {
  static void apply0(value_stack& s) { s.values.push_back({false}); }
};
template <> struct action<path_open> {
  static void apply0(value_stack& s) { s.mark(); }
};
template <> struct action<path> {
  static void apply0(value_stack& s) { s.values.push_back({fold_path(s.take_marked())}); }
};

} // namespace annals::tck::value_grammar
