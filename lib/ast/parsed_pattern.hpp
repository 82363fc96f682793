// The AST of graph patterns.
#pragma once

#include "ast/parsed_expression.hpp"

#include <optional>

namespace annals::ast {

struct parsed_node_pattern {
  std::string variable; // empty: anonymous
  std::vector<std::string> labels;
  expr_ptr properties; // map literal or parameter; may be null
  std::size_t offset = 0;
};

enum class direction { outgoing, incoming, both };

struct parsed_rel_pattern {
  std::string variable;
  std::vector<std::string> types; // any of
  direction dir = direction::both;
  expr_ptr properties;
  bool variable_length = false;
  std::optional<std::int64_t> min_hops, max_hops;
  std::size_t offset = 0;
};

enum class path_search { none, shortest, all_shortest };

// (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1.
struct parsed_pattern_part {
  std::string path_variable;
  path_search search = path_search::none;
  std::vector<parsed_node_pattern> nodes;
  std::vector<parsed_rel_pattern> rels;
  std::size_t offset = 0;
};

} // namespace annals::ast
