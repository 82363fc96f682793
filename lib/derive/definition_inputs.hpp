// What the definition of a derived type reads, found in its AST: the labels
// and relationship types its patterns name (WHERE, RETURN and the patterns
// inside expressions included). A derived type needs computing again only
// when one of them changed (graph::changed_at), or, when a pattern names no
// label or no type, when anything changed.
#pragma once

#include "ast/parsed_statement.hpp"

#include <string>
#include <vector>

namespace annals::derive {

struct definition_inputs {
  std::vector<std::string> labels; // named by node patterns
  std::vector<std::string> types;  // named by relationship patterns (derived ones too)
  bool any_node = false;           // a node pattern without a label
  bool any_type = false;           // a relationship pattern without a type: every stored type
};

definition_inputs inputs_of(const ast::parsed_query& q);

} // namespace annals::derive
