// One derived relationship type: its definition, what it reads, and when it
// was last computed. The derived_catalog owns them, in definition order,
// which is also an order of evaluation (dependency_order.hpp).
#pragma once

#include "annals/symbol_table.hpp"
#include "ast/parsed_statement.hpp"
#include "derive/definition_inputs.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace annals::derive {

inline constexpr std::uint64_t never_computed = ~std::uint64_t{0};

struct derived_type {
  std::string name;
  symbol type = 0;             // its name in the graph's symbol table
  ast::parsed_query query;     // the defining query, with the provenance column (provenance.hpp)
  std::string script;          // the text its AST positions refer to
  std::string statement;       // the CREATE DERIVED REL TABLE statement itself
  definition_inputs inputs;
  std::vector<symbol> input_symbols;  // the labels and stored types it reads
  std::vector<std::size_t> reads_derived; // positions of the (earlier) derived types it reads
  std::uint64_t computed_at = never_computed; // the graph version it was computed at
  std::uint64_t content_at = 0;               // the graph version its relationships were last replaced at
};

} // namespace annals::derive
