// The derived relationship types of a database: views over the stored data
// and the derived types defined before them, computed when a query reads them.
//
// - Defining one checks it: it may only read; it returns the from and the
//   to node first; it reads only derived types defined before it (no cycle,
//   no forward reference: dependency_order.hpp); its columns get their types,
//   declared or read from its RETURN (column_types.hpp).
// - Its untyped patterns read the stored types only (never other derived
//   types), so a type's answer never depends on what was queried before.
// - A query that reads a derived type first brings it, and the derived types
//   it reads, up to date, in definition order; only those whose inputs
//   changed since they were computed are computed again (definition_inputs.hpp).
// - Computing runs under the reading query's limits and fails only that
//   query (evaluate_derived.hpp); the type stays stale for the next reader.
//
// The caller holds the database's lock: exclusively for anything that computes.
#pragma once

#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "derive/derived_type.hpp"
#include "exec/derived_refresher.hpp"
#include "plan/planner.hpp"
#include "storage/snapshot_io.hpp"

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace annals::derive {

class derived_catalog final : public exec::derived_refresher {
public:
  using clock = std::chrono::steady_clock;

  // CREATE DERIVED REL TABLE, parsed from `script`: checked, its table declared. Returns the table's name.
  std::string define(graph& g, const ast::parsed_statement& s, const std::string& script, const query_limits& limits);
  // The definitions a snapshot held, defined again in order over the loaded graph. A definition
  // that does not load throws load_error BadDerivedType naming `file`, the type and the byte it is at.
  void restore(graph& g, const std::vector<storage::stored_definition>& stored, const std::string& file);
  // DROP TABLE: check_drop throws schema_error TableInUse when a derived type reads `table`;
  // forget removes `table` if it is a derived type (the caller drops the table between the two).
  void check_drop(std::string_view table) const;
  void forget(std::string_view table);

  bool empty() const { return types_.empty(); }
  // (name, defining statement), in definition order.
  std::vector<std::pair<std::string, std::string>> definitions() const;

  // Whether a derived type `reader` reads (every one when null) must be computed first.
  bool stale(const graph& g, const plan::logical_plan* reader) const;
  // Brings up to date the derived types `reader` reads (every one when null) and those they read.
  void refresh(graph& g, const plan::logical_plan* reader, const query_limits& limits, clock::time_point deadline);
  // The same for the types named (a name that is no derived type is skipped; none named: every one).
  void refresh(graph& g, const std::vector<std::string_view>& names, const query_limits& limits,
               clock::time_point deadline);
  // The schema changed: every type is computed again on its next use.
  void invalidate();
  // A write statement that brought types up to date failed and was rolled back:
  // what they hold may rest on undone writes, so they are emptied and computed again.
  void forget_refreshed_since(graph& g, std::uint64_t version);

  // exec::derived_refresher: a write statement's pattern over derived types.
  void bring_up_to_date(std::span<const symbol> types, exec::eval_context& ctx) override;

  void swap(derived_catalog& other) noexcept { types_.swap(other.types_); }

private:
  bool is_stale(const graph& g, std::size_t i) const;
  void refresh_marked(graph& g, std::vector<bool> needed, const query_limits& limits, clock::time_point deadline);
  void link();

  std::vector<derived_type> types_;
};

} // namespace annals::derive
