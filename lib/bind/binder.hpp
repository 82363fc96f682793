// Binding: checks the names of an expression against the scope and the
// schema, and turns it into a bound expression the executor can evaluate.
// Errors here are the "SyntaxError/SemanticError" family of the TCK.
#pragma once

#include "values/stack_guard.hpp"
#include "annals/graph.hpp"
#include "bind/aggregate_spec.hpp"
#include "bind/scope.hpp"

#include <functional>

namespace annals::bind {

// The planner plans the sub-patterns found inside expressions.
struct subpattern_planner {
  virtual ~subpattern_planner() = default;
  // (a)-->(b) in an expression, pattern comprehensions and EXISTS { … }:
  // a plan that starts from the current row.
  virtual std::shared_ptr<plan::logical_operator>
  plan_subpattern(const ast::parsed_expression& e, const scope& outer, scope& inner) = 0;
};

class binder {
public:
  binder(const graph& g, subpattern_planner& planner) : graph_(g), planner_(planner) {}

  slot new_slot(const std::string& name) {
    slot_names_.push_back(name);
    return static_cast<slot>(slot_names_.size() - 1);
  }
  std::size_t slot_count() const { return slot_names_.size(); }

  // `aggregates`: where to collect aggregates; null where they are not allowed.
  bound_ptr bind(const ast::expr_ptr& e, const scope& s, std::vector<aggregate_spec>* aggregates = nullptr);

  // Errors with the position of `offset` in the statement text.
  [[noreturn]] void semantic(std::size_t offset, const std::string& detail, const std::string& message) const;
  [[noreturn]] void type(std::size_t offset, const std::string& detail, const std::string& message) const;
  // A query over one of the limits that are checked before it runs (query_limits).
  [[noreturn]] void over_limit(std::size_t offset, const std::string& detail, const std::string& message) const;

  // Unknown labels and types are errors only where tables are declared and
  // the name exists nowhere; the message suggests the nearest declared name.
  void check_label(const std::string& label, std::size_t offset) const;
  void check_rel_type(const std::string& type, std::size_t offset) const;

  void set_text(const std::string* script) { script_ = script; }
  bool contains_aggregate(const ast::expr_ptr& e) const;

private:
  bound_ptr bind_function(const ast::expr_ptr& e, const scope& s, std::vector<aggregate_spec>* aggregates);
  std::optional<value_kind> static_kind(const bound_expression& e, const scope& s) const;
  void check_static_types(const bound_expression& b, const scope& s) const;
  std::string nearest(const std::string& name, const std::vector<std::string>& candidates) const;
  void check_declared_property(const variable_info& v, const std::string& key, std::size_t offset) const;

  const graph& graph_;
  subpattern_planner& planner_;
  std::vector<std::string> slot_names_;
  const std::string* script_ = nullptr;
  int depth_ = 0;
  stack_guard stack_;
};

} // namespace annals::bind
