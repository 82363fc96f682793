// The logical plan: a tree of operators, each reading rows from its first
// child. EXPLAIN prints this tree; the executor turns each node into a
// cursor (lib/exec).
#pragma once

#include "annals/symbol_table.hpp"
#include "ast/parsed_pattern.hpp"
#include "bind/aggregate_spec.hpp"

#include <atomic>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace annals::plan {

using bind::bound_ptr;
using bind::slot;

enum class op_kind {
  argument,       // the row handed in (one empty row at the top of a query)
  node_scan,      // every node, or every node with `label`
  node_seek,      // primary-key index lookup: label + key expression
  expand,         // from node along typed adjacency
  var_expand,     // variable length, trail semantics
  shortest_path,  // BFS between two bound nodes
  filter,
  optional,       // children[1] runs per row; no match keeps the row with nulls
  hash_join,      // children[1] built once into a hash table on build_keys
  semi_apply,     // pattern predicates: children[1] per row
  unwind,
  project,
  aggregate,
  distinct,
  sort,           // with `limit`: a top-k
  skip_limit,
  create,
  merge,
  set,
  remove,
  delete_,
  eager,          // materialises its input: writes never see their own output
  union_,
  produce,        // the result columns
  path_build,     // p = (…): builds the path value from the pattern's slots
  derived_scan,   // a derived relationship type, refreshed before use
  procedure_call, // CALL: the procedure's rows per input row (plan/procedure_call_spec.hpp)
};

// A step of a pattern to create (CREATE, MERGE).
struct create_node {
  slot where;
  bool bound = false;
  std::vector<std::string> labels;
  bound_ptr properties;
};
struct create_rel {
  slot where;
  slot from, to;
  std::string type;
  bound_ptr properties;
};

struct sort_key {
  bound_ptr key;
  bool descending = false;
};

struct set_step {
  int kind; // ast::set_kind
  bound_ptr target_entity; // the n of n.key
  std::string key;
  slot variable = bind::no_slot;
  bound_ptr value;
  std::vector<std::string> labels;
};

struct logical_operator;
using op_ptr = std::shared_ptr<logical_operator>;
struct procedure_call_spec;

struct logical_operator {
  op_kind kind;
  std::vector<op_ptr> children;

  // scans, expands
  slot node = bind::no_slot, rel = bind::no_slot, to = bind::no_slot, path = bind::no_slot;
  std::optional<symbol> label;        // nullopt: all nodes
  bool label_missing = false;         // the label does not exist: matches nothing
  std::vector<symbol> types;          // empty: any type
  bool types_missing = false;
  std::vector<symbol> symmetric_types; // matched from either end, whatever the direction (derive/)
  std::vector<symbol> skipped_types;  // an untyped pattern of a derived type's definition skips these
  bool reads_derived = false;         // reads a derived type: brought up to date first in a write statement
  ast::direction dir = ast::direction::outgoing;
  bool to_bound = false;              // expand into an already bound node
  bool rel_bound = false;             // the relationship variable is bound already: match only it
  bool reversed = false;              // expanding right to left: var-length lists are reversed back
  std::int64_t min_hops = 1, max_hops = -1; // -1: unbounded (up to the limit)
  // var_expand whose trails nothing reads, under an operator that keeps one row of
  // duplicates (plan/reachability.hpp): each reachable end node once, found breadth-first.
  bool endpoints_only = false;
  bool all_shortest = false;
  std::vector<slot> distinct_rels;    // relationships already bound in this MATCH
  bound_ptr valid_at;                 // AS OF: each relationship must hold then

  bound_ptr expression;               // filter predicate, seek key, unwind list, skip
  bound_ptr limit;
  std::vector<std::pair<bound_ptr, slot>> projections;
  std::vector<bind::aggregate_spec> aggregates;
  std::vector<slot> keys;             // distinct / group keys / optional nulls / produce columns
  std::vector<bound_ptr> build_keys, probe_keys;
  std::vector<sort_key> sort_keys;
  std::vector<std::string> columns;
  bool distinct_union = false;

  // writes
  std::vector<create_node> create_nodes;
  std::vector<create_rel> create_rels;
  std::vector<set_step> on_create, on_match, set_steps;
  std::vector<bound_ptr> delete_targets;
  bool detach = false;
  std::vector<slot> path_nodes, path_rels; // path_build: alternating parts
  std::vector<bool> path_rel_is_list;

  std::shared_ptr<const procedure_call_spec> call; // procedure_call

  std::string detail;                 // one line for EXPLAIN
};

// What PROFILE measured of one operator in one run. The counters belong to the
// run (exec::eval_context), never to the plan, which many threads may share.
struct op_counters {
  std::uint64_t rows = 0, nanos = 0;
};
using profile_counters = std::unordered_map<const logical_operator*, op_counters>;

// The plan as EXPLAIN prints it; with `profile`, each operator's rows and time too.
std::string explain(const logical_operator& root, const profile_counters* profile = nullptr);

} // namespace annals::plan
