// Expressions after binding: variables are row slots, functions are
// resolved, aggregates are marked. The executor evaluates these directly.
#pragma once

#include "annals/value.hpp"
#include "ast/parsed_expression.hpp"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace annals::exec {
struct eval_context;
}
namespace annals::plan {
struct logical_operator;
}

namespace annals::bind {

using slot = std::uint32_t;
constexpr slot no_slot = ~slot{0};

using scalar_function = value (*)(std::span<const value> args, exec::eval_context& ctx);

enum class aggregate_kind { count, count_star, sum, avg, min, max, collect, stdev, stdevp, percentile_cont, percentile_disc };

struct bound_expression;
using bound_ptr = std::shared_ptr<bound_expression>;

struct bound_expression {
  ast::expr_kind kind;
  std::size_t offset = 0;
  std::string text;
  value literal;
  std::string name;      // operator, parameter name, property key
  std::vector<std::string> names;
  slot var = no_slot;    // variable, comprehension variable, aggregate result slot
  std::vector<bound_ptr> children;
  scalar_function function = nullptr;
  bool distinct = false;
  aggregate_kind aggregate{};
  bound_ptr case_subject, case_else, filter, mapping;
  std::vector<std::pair<bound_ptr, bound_ptr>> case_whens;
  // Pattern predicates, pattern comprehensions and EXISTS run a sub-plan per row.
  std::shared_ptr<plan::logical_operator> subplan;
  slot path_slot = no_slot;
};

} // namespace annals::bind
