// What evaluating expressions and running operators needs: the graph, the
// parameters, the limits, and the cursors of sub-plans.
#pragma once

#include "annals/graph.hpp"
#include "annals/limits.hpp"
#include "annals/result.hpp"
#include "bind/bound_expression.hpp"
#include "exec/regex_match.hpp"
#include "plan/logical_operator.hpp"
#include "values/stack_guard.hpp"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <random>


namespace annals::exec {

using row = std::vector<value>;
class cursor;
struct derived_refresher; // exec/derived_refresher.hpp

struct eval_context {
  graph& g;
  const value_map& params;
  const query_limits& limits;
  std::size_t slot_count = 0;
  change_counts changes;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  // Memory, in footprint() bytes, that the run's operators hold now (see held_memory);
  // declared before the cursors that give it back when they are destroyed.
  std::size_t memory_held = 0;
  std::map<const plan::logical_operator*, std::unique_ptr<cursor>> subplans;
  regex_cache regexes;
  bool profile = false;          // PROFILE: cursors time their work
  plan::profile_counters counters; // rows (and with profile, time) per operator, for this run only
  std::uint64_t ticks = 0;
  // Set for a write statement over derived types: patterns bring them up to date (derived_refresher.hpp).
  derived_refresher* derived = nullptr;
  // Evaluation recurses once per level of an expression: past the first
  // levels, each checks that the thread has stack left for it.
  int eval_depth = 0;
  std::optional<std::mt19937_64> random; // rand()'s generator, made on first use
  stack_guard stack;
  struct nesting_level {
    eval_context& ctx;
    explicit nesting_level(eval_context& c) : ctx(c) {
      if (++ctx.eval_depth > 32 && ctx.stack.exhausted()) ctx.out_of_stack();
    }
    ~nesting_level() { --ctx.eval_depth; }
    nesting_level(const nesting_level&) = delete;
    nesting_level& operator=(const nesting_level&) = delete;
  };
  [[noreturn]] void out_of_stack();

  eval_context(graph& g_, const value_map& p, const query_limits& l) : g(g_), params(p), limits(l) {}
  ~eval_context();
  // Called often: raises when the query was cancelled or ran out of time.
  void check_interrupt() {
    if ((++ticks & 1023) != 0) return;
    check_interrupt_now();
  }
  void check_interrupt_now();
  // Raises IntermediateRowsLimit when an operator holds more than the limit:
  // `what` names the operator, `unit` what it holds ("rows", "groups", …).
  void check_held(std::size_t held, const char* what, const char* unit = "rows") const {
    if (held > limits.max_intermediate_rows) held_too_many(what, unit);
  }
  [[noreturn]] void held_too_many(const char* what, const char* unit) const;

  // Memory against limits.max_memory: charged and given back by held_memory,
  // and a check for one value about to be made.
  void charge(std::size_t bytes, const char* what) {
    memory_held += bytes;
    if (memory_held > limits.max_memory) over_memory(what);
  }
  void release(std::size_t bytes) { memory_held -= bytes < memory_held ? bytes : memory_held; }
  // Raises MemoryLimit when a value of `bytes` would not fit beside what is held.
  void check_fits(std::size_t bytes, const char* what) const {
    if (bytes > limits.max_memory || memory_held > limits.max_memory - bytes) over_memory(what);
  }
  [[noreturn]] void over_memory(const char* what) const;
  cursor& subplan(const plan::logical_operator& op);
};

value evaluate(const bind::bound_expression& e, row& r, eval_context& ctx);
// Cypher's three-valued truth of a value: true, false, or null (nullopt).
std::optional<bool> truth(const value& v, const bind::bound_expression& where);

// Cypher comparison semantics, shared with functions and operators.
std::optional<bool> cypher_equals(const value& a, const value& b);
// <0, 0, >0, or nullopt when the values are not comparable (or unknown, for partial dates).
std::optional<int> cypher_compare(const value& a, const value& b);

[[noreturn]] void type_fail(const std::string& detail, const std::string& message);
[[noreturn]] void runtime_fail(const std::string& category, const std::string& detail, const std::string& message);

// Properties of an entity as a map (node, relationship or map value).
value_map properties_of(const value& v, const graph& g);

} // namespace annals::exec
