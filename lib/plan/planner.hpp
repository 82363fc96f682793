// Planning: AST -> logical plan. Clauses are bound (bind/) as they are
// planned, so each clause sees the variables the previous ones left in scope.
//
// The rules: a MATCH starts from the most selective node of each pattern part
// (already bound > primary-key seek > smallest label > any), expands along
// typed adjacency, and applies each WHERE conjunct as soon as its variables
// are bound. Disconnected parts joined by an equality become a hash join.
// ORDER BY … LIMIT k is one top-k sort. Writes sit behind an eager barrier.
#pragma once

#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "annals/procedure.hpp"
#include "ast/parsed_statement.hpp"
#include "bind/binder.hpp"
#include "plan/logical_operator.hpp"

namespace annals::plan {

struct logical_plan {
  op_ptr root;
  std::vector<std::string> columns;
  std::size_t slot_count = 0;
  bool writes = false;
  // The relationship types its patterns read (expressions' patterns included),
  // so a query refreshes only the derived types it reads.
  std::vector<symbol> reads_types;
  bool reads_any_type = false; // a pattern without a type reads them all
};

// Whether planning may add labels and types to the graph's symbol table.
enum class name_policy {
  intern,        // new names become symbols, so a plan made before the data exists still finds it
  existing_only, // the symbol table is read only (a reader holds the graph shared): new names throw
};
// Thrown under name_policy::existing_only when the query names a label or type the graph has
// never seen: the caller plans again holding the graph exclusively, with name_policy::intern.
struct needs_new_names {};

// What a pattern without a relationship type reads. A query reads every type;
// the definition of a derived type reads the stored types only, so that its
// answer never depends on the state of other derived types (derive/).
enum class untyped_patterns { read_all_types, read_stored_types };

// Interns (or, see name_policy, looks up) the labels and types it names.
// Refuses a query over the limits that are known before it runs: max_pattern_length, max_clauses.
// CALL finds procedures in `procedures` (the built-in ones when null).
logical_plan plan_query(graph& g, const ast::parsed_query& q, const std::string& script,
                        const query_limits& limits = {}, name_policy names = name_policy::intern,
                        const procedure_registry* procedures = nullptr,
                        untyped_patterns untyped = untyped_patterns::read_all_types);

} // namespace annals::plan
