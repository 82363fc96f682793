// Physical operators: each logical operator becomes a cursor that pulls rows
// from its input. `reset` hands a cursor tree the row its `argument` leaf
// yields (for OPTIONAL MATCH, MERGE and pattern predicates, once per outer row).
#pragma once

#include "exec/eval_context.hpp"
#include "plan/logical_operator.hpp"

namespace annals::exec {

class cursor {
public:
  explicit cursor(const plan::logical_operator& op) : op_(op) {}
  virtual ~cursor() = default;
  // Fills `out` with the next row; false when there are no more.
  bool next(row& out);
  virtual void reset(const row& argument) {
    for (auto& c : inputs_) c->reset(argument);
  }
  const plan::logical_operator& op() const { return op_; }

protected:
  virtual bool fetch(row& out) = 0;
  const plan::logical_operator& op_;
  std::vector<std::unique_ptr<cursor>> inputs_;
  plan::op_counters* counters_ = nullptr; // this run's, in eval_context::counters
  bool profile_ = false;                  // PROFILE: time the work too
  friend std::unique_ptr<cursor> build_cursor(const plan::logical_operator& op, eval_context& ctx);
};

std::unique_ptr<cursor> build_cursor(const plan::logical_operator& op, eval_context& ctx);

// valid_at(x, d) for an entity with since/until properties: true, false or unknown.
std::optional<bool> valid_at(const property_set& props, const graph& g, const value& when);

} // namespace annals::exec
