#include "exec/eval_context.hpp"

#include "annals/error.hpp"
#include "exec/cursor.hpp"
#include "plan/logical_operator.hpp"
#include "values/footprint.hpp"

#include <cmath>

namespace annals::exec {

using ast::expr_kind;

eval_context::~eval_context() = default;

void eval_context::check_interrupt_now() {
  if (limits.cancel && limits.cancel->load())
    runtime_fail("RuntimeError", "Cancelled", "query cancelled");
  if (std::chrono::steady_clock::now() > deadline)
    runtime_fail("RuntimeError", "Timeout",
                 "query ran longer than the time limit of " + std::to_string(limits.timeout.count()) +
                     " ms; raise database::limits().timeout");
}

void eval_context::held_too_many(const char* what, const char* unit) const {
  runtime_fail("RuntimeError", "IntermediateRowsLimit",
               std::string(what) + " holds more than max_intermediate_rows (" +
                   std::to_string(limits.max_intermediate_rows) + ") " + unit +
                   "; raise database::limits().max_intermediate_rows");
}

void eval_context::over_memory(const char* what) const {
  runtime_fail("RuntimeError", "MemoryLimit",
               std::string(what) + " needs more than max_memory (" + byte_count(limits.max_memory) +
                   ") for this query; raise database::limits().max_memory");
}

void eval_context::out_of_stack() {
  runtime_fail("RuntimeError", "StackExhausted", stack_exhausted_message("an expression", eval_depth));
}

cursor& eval_context::subplan(const plan::logical_operator& op) {
  auto& c = subplans[&op];
  if (!c) c = build_cursor(op, *this);
  return *c;
}

void type_fail(const std::string& detail, const std::string& message) {
  throw type_error("TypeError", detail, message);
}

void runtime_fail(const std::string& category, const std::string& detail, const std::string& message) {
  throw runtime_error(category, detail, message);
}

std::optional<bool> truth(const value& v, const bind::bound_expression& where) {
  if (v.is_null()) return std::nullopt;
  if (v.is<bool>()) return v.as<bool>();
  type_fail("InvalidArgumentType", "expected a boolean in `" + where.text + "`, got " + std::string(to_string(v.kind())));
}

namespace {

bool is_number(const value& v) { return v.is<std::int64_t>() || v.is<double>(); }
double as_double(const value& v) { return v.is<double>() ? v.as<double>() : static_cast<double>(v.as<std::int64_t>()); }

} // namespace

std::optional<bool> cypher_equals(const value& a, const value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (is_number(a) && is_number(b)) {
    if (a.is<std::int64_t>() && b.is<std::int64_t>()) return a.as<std::int64_t>() == b.as<std::int64_t>();
    return as_double(a) == as_double(b) && compare_total(a, b) == 0;
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
  case value_kind::list: {
    const auto& x = a.as<value_list>();
    const auto& y = b.as<value_list>();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      auto e = cypher_equals(x[i], y[i]);
      if (!e) unknown = true;
      else if (!*e) return false;
    }
    return unknown ? std::nullopt : std::optional<bool>(true);
  }
  case value_kind::map: {
    const auto& x = a.as<value_map>();
    const auto& y = b.as<value_map>();
    if (x.size() != y.size()) return false;
    bool unknown = false;
    for (const auto& [k, v] : x) {
      auto it = y.find(k);
      if (it == y.end()) return false;
      auto e = cypher_equals(v, it->second);
      if (!e) unknown = true;
      else if (!*e) return false;
    }
    return unknown ? std::nullopt : std::optional<bool>(true);
  }
  default: return a == b;
  }
}

std::optional<int> cypher_compare(const value& a, const value& b) {
  if (a.is_null() || b.is_null()) return std::nullopt;
  if (is_number(a) && is_number(b)) {
    if (a.is<double>() && std::isnan(a.as<double>())) return std::nullopt;
    if (b.is<double>() && std::isnan(b.as<double>())) return std::nullopt;
    return compare_total(a, b);
  }
  if (a.kind() != b.kind()) return std::nullopt;
  switch (a.kind()) {
  case value_kind::string:
  case value_kind::boolean: return compare_total(a, b);
  case value_kind::date: {
    if (a == b && a.as<partial_date>().first_day() == a.as<partial_date>().last_day()) return 0;
    auto c = compare_certain(a.as<partial_date>(), b.as<partial_date>());
    if (!c) return std::nullopt;
    return *c < 0 ? -1 : (*c > 0 ? 1 : 0);
  }
  case value_kind::list: {
    const auto& x = a.as<value_list>();
    const auto& y = b.as<value_list>();
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      auto c = cypher_compare(x[i], y[i]);
      if (!c) return std::nullopt;
      if (*c != 0) return c;
    }
    return x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0);
  }
  default: return std::nullopt;
  }
}

value_map properties_of(const value& v, const graph& g) {
  value_map out;
  const property_set* props = nullptr;
  if (v.is<node_ref>()) props = &g.node(v.as<node_ref>().id).properties;
  else if (v.is<rel_ref>()) props = &g.rel(v.as<rel_ref>().id).properties;
  else if (v.is<value_map>()) return v.as<value_map>();
  if (props)
    for (const auto& [k, x] : *props) out.emplace(g.name(k), x);
  return out;
}

namespace {

value arithmetic(const std::string& op, const value& a, const value& b, const bind::bound_expression& e,
                 eval_context& ctx) {
  if (a.is_null() || b.is_null()) return {};
  if (op == "+") {
    // Concatenation is how a query grows a value without bound (reduce(), or WITH in a loop
    // of UNWINDs): the result must fit in max_memory before it is made.
    if (a.is<value_list>() || b.is<value_list>()) {
      ctx.check_fits(footprint(a) + footprint(b), "a list concatenation");
      value_list out;
      if (a.is<value_list>()) out = a.as<value_list>();
      else out.push_back(a);
      if (b.is<value_list>()) out.insert(out.end(), b.as<value_list>().begin(), b.as<value_list>().end());
      else out.push_back(b);
      return out;
    }
    if (a.is<std::string>() && b.is<std::string>()) {
      ctx.check_fits(a.as<std::string>().size() + b.as<std::string>().size(), "a string concatenation");
      return a.as<std::string>() + b.as<std::string>();
    }
    if (a.is<std::string>() && is_number(b)) return a.as<std::string>() + to_cypher(b);
    if (is_number(a) && b.is<std::string>()) return to_cypher(a) + b.as<std::string>();
  }
  if (!is_number(a) || !is_number(b))
    type_fail("InvalidArgumentType", "cannot apply " + op + " to " + std::string(to_string(a.kind())) + " and " +
                                         std::string(to_string(b.kind())) + " in `" + e.text + "`");
  if (a.is<std::int64_t>() && b.is<std::int64_t>() && op != "^") {
    const std::int64_t x = a.as<std::int64_t>(), y = b.as<std::int64_t>();
    std::int64_t r = 0;
    bool overflow = false;
    if (op == "+") overflow = __builtin_add_overflow(x, y, &r);
    else if (op == "-") overflow = __builtin_sub_overflow(x, y, &r);
    else if (op == "*") overflow = __builtin_mul_overflow(x, y, &r);
    else if (op == "/" || op == "%") {
      if (y == 0) runtime_fail("ArithmeticError", "DivisionByZero", "division by zero in `" + e.text + "`");
      if (x == std::numeric_limits<std::int64_t>::min() && y == -1) overflow = true;
      else r = op == "/" ? x / y : x % y;
    }
    if (overflow) runtime_fail("ArithmeticError", "IntegerOverflow", "integer overflow in `" + e.text + "`");
    return r;
  }
  const double x = as_double(a), y = as_double(b);
  if (op == "+") return x + y;
  if (op == "-") return x - y;
  if (op == "*") return x * y;
  if (op == "/") return x / y;
  if (op == "%") return std::fmod(x, y);
  return std::pow(x, y);
}

value property_of(const value& base, const std::string& key, const bind::bound_expression& e, eval_context& ctx) {
  if (base.is_null()) return {};
  if (base.is<node_ref>()) {
    const auto id = base.as<node_ref>().id;
    if (!ctx.g.node_alive(id))
      runtime_fail("EntityNotFound", "DeletedEntityAccess", "node " + std::to_string(id) + " has been deleted");
    auto k = ctx.g.find_symbol(key);
    const value* v = k ? ctx.g.property(id, *k) : nullptr;
    return v ? *v : value{};
  }
  if (base.is<rel_ref>()) {
    const auto id = base.as<rel_ref>().id;
    if (!ctx.g.rel_alive(id))
      runtime_fail("EntityNotFound", "DeletedEntityAccess", "relationship " + std::to_string(id) + " has been deleted");
    auto k = ctx.g.find_symbol(key);
    const value* v = k ? ctx.g.rel_property(id, *k) : nullptr;
    return v ? *v : value{};
  }
  if (base.is<value_map>()) {
    auto it = base.as<value_map>().find(key);
    return it == base.as<value_map>().end() ? value{} : it->second;
  }
  if (base.is<partial_date>()) {
    const auto& d = base.as<partial_date>();
    // The fields as written: null where unspecified (186X has no year) and for
    // intervals, whose ends date.start and date.end give.
    const auto grain = d.precision_name();
    if (key == "year")
      return grain && *grain != "decade" && *grain != "century" ? value(std::int64_t{d.year()}) : value{};
    if (key == "month") return grain && d.month() ? value(std::int64_t{*d.month()}) : value{};
    if (key == "day") return grain && d.day() ? value(std::int64_t{*d.day()}) : value{};
    if (key == "precision") return grain ? value(std::string(*grain)) : value{};
  }
  type_fail("InvalidArgumentType", "cannot read property `" + key + "` of a " + std::string(to_string(base.kind())) +
                                       " in `" + e.text + "`");
}

std::int64_t list_position(const value& idx, std::size_t size, const bind::bound_expression& e) {
  if (!idx.is<std::int64_t>())
    type_fail("InvalidArgumentType", "list index must be an integer in `" + e.text + "`");
  std::int64_t i = idx.as<std::int64_t>();
  if (i < 0) i += static_cast<std::int64_t>(size);
  return i;
}

std::optional<bool> string_predicate(const std::string& op, const value& a, const value& b) {
  if (!a.is<std::string>() || !b.is<std::string>()) return std::nullopt;
  const auto& x = a.as<std::string>();
  const auto& y = b.as<std::string>();
  if (op == "STARTS WITH") return x.rfind(y, 0) == 0;
  if (op == "ENDS WITH") return x.size() >= y.size() && x.compare(x.size() - y.size(), y.size(), y) == 0;
  return x.find(y) != std::string::npos;
}

value from_truth(std::optional<bool> t) { return t ? value(*t) : value{}; }

value run_subplan(const bind::bound_expression& e, row& r, eval_context& ctx, bool collect) {
  cursor& c = ctx.subplan(*e.subplan);
  c.reset(r);
  row out;
  value_list results;
  while (c.next(out)) {
    if (!collect) return true;
    if (e.filter) {
      auto t = truth(evaluate(*e.filter, out, ctx), *e.filter);
      if (!t || !*t) continue;
    }
    results.push_back(evaluate(*e.mapping, out, ctx));
  }
  if (!collect) return false;
  return results;
}

} // namespace

value evaluate(const bind::bound_expression& e, row& r, eval_context& ctx) {
  const eval_context::nesting_level level(ctx);
  switch (e.kind) {
  case expr_kind::literal: return e.literal;
  case expr_kind::variable: return r[e.var];
  case expr_kind::parameter: {
    auto it = ctx.params.find(e.name);
    if (it == ctx.params.end())
      throw runtime_error("ParameterMissing", "MissingParameter", "parameter $" + e.name + " was not given");
    return it->second;
  }
  case expr_kind::property: return property_of(evaluate(*e.children[0], r, ctx), e.name, e, ctx);
  case expr_kind::index: {
    value base = evaluate(*e.children[0], r, ctx);
    value idx = evaluate(*e.children[1], r, ctx);
    if (base.is_null() || idx.is_null()) return {};
    if (base.is<value_list>()) {
      const auto& l = base.as<value_list>();
      if (!idx.is<std::int64_t>()) type_fail("InvalidArgumentType", "list index must be an integer in `" + e.text + "`");
      const auto i = list_position(idx, l.size(), e);
      return i >= 0 && i < static_cast<std::int64_t>(l.size()) ? l[static_cast<std::size_t>(i)] : value{};
    }
    if (base.is<value_map>() || base.is<node_ref>() || base.is<rel_ref>()) {
      if (!idx.is<std::string>())
        type_fail("MapElementAccessByNonString", "map keys must be strings in `" + e.text + "`");
      return property_of(base, idx.as<std::string>(), e, ctx);
    }
    type_fail("InvalidArgumentType", "cannot index a " + std::string(to_string(base.kind())) + " in `" + e.text + "`");
  }
  case expr_kind::slice: {
    value base = evaluate(*e.children[0], r, ctx);
    value from = e.children[1] ? evaluate(*e.children[1], r, ctx) : value{std::int64_t{0}};
    if (base.is_null()) return {};
    if (!base.is<value_list>()) type_fail("InvalidArgumentType", "cannot slice a " + std::string(to_string(base.kind())));
    const auto& l = base.as<value_list>();
    const auto n = static_cast<std::int64_t>(l.size());
    value to = e.children[2] ? evaluate(*e.children[2], r, ctx) : value{n};
    if (from.is_null() || to.is_null()) return {};
    auto a = std::clamp<std::int64_t>(list_position(from, l.size(), e), 0, n);
    auto b = std::clamp<std::int64_t>(list_position(to, l.size(), e), 0, n);
    if (b <= a) return value_list{};
    return value_list(l.begin() + a, l.begin() + b);
  }
  case expr_kind::label_check: {
    value base = evaluate(*e.children[0], r, ctx);
    if (base.is_null()) return {};
    if (!base.is<node_ref>()) type_fail("InvalidArgumentType", "label check on a non-node in `" + e.text + "`");
    for (const auto& l : e.names) {
      auto s = ctx.g.find_symbol(l);
      if (!s || !ctx.g.has_label(base.as<node_ref>().id, *s)) return false;
    }
    return true;
  }
  case expr_kind::unary: {
    value v = evaluate(*e.children[0], r, ctx);
    if (e.name == "NOT") {
      auto t = truth(v, e);
      return t ? value(!*t) : value{};
    }
    if (v.is_null()) return {};
    if (e.name == "+") {
      if (!is_number(v)) type_fail("InvalidArgumentType", "unary + needs a number in `" + e.text + "`");
      return v;
    }
    if (v.is<std::int64_t>()) {
      if (v.as<std::int64_t>() == std::numeric_limits<std::int64_t>::min())
        runtime_fail("ArithmeticError", "IntegerOverflow", "integer overflow in `" + e.text + "`");
      return -v.as<std::int64_t>();
    }
    if (v.is<double>()) return -v.as<double>();
    type_fail("InvalidArgumentType", "unary - needs a number in `" + e.text + "`");
  }
  case expr_kind::binary: {
    const std::string& op = e.name;
    if (op == "AND" || op == "OR" || op == "XOR") {
      auto a = truth(evaluate(*e.children[0], r, ctx), *e.children[0]);
      if (op == "AND" && a && !*a) {
        (void)truth(evaluate(*e.children[1], r, ctx), *e.children[1]);
        return false;
      }
      if (op == "OR" && a && *a) {
        (void)truth(evaluate(*e.children[1], r, ctx), *e.children[1]);
        return true;
      }
      auto b = truth(evaluate(*e.children[1], r, ctx), *e.children[1]);
      if (op == "AND") {
        if (b && !*b) return false;
        return a && b ? value(true) : value{};
      }
      if (op == "OR") {
        if (b && *b) return true;
        return a && b ? value(false) : value{};
      }
      return a && b ? value(*a != *b) : value{};
    }
    value a = evaluate(*e.children[0], r, ctx);
    value b = evaluate(*e.children[1], r, ctx);
    if (op == "=") return from_truth(cypher_equals(a, b));
    if (op == "<>") {
      auto t = cypher_equals(a, b);
      return t ? value(!*t) : value{};
    }
    if (op == "<" || op == "<=" || op == ">" || op == ">=") {
      if (a.is_null() || b.is_null()) return {};
      if ((a.is<double>() && std::isnan(a.as<double>())) || (b.is<double>() && std::isnan(b.as<double>())))
        return is_number(a) && is_number(b) ? value(false) : value{};
      if (a.is<partial_date>() && b.is<partial_date>()) {
        // Over the sets of days each date may mean; a date is <= and >= itself.
        if (a == b && (op == "<=" || op == ">=")) return true;
        const auto& x = a.as<partial_date>();
        const auto& y = b.as<partial_date>();
        const bool flip = op == ">" || op == ">=";
        const auto t = op == "<" || op == ">" ? certainly_less(flip ? y : x, flip ? x : y)
                                               : certainly_less_or_equal(flip ? y : x, flip ? x : y);
        return t ? value(*t) : value{};
      }
      auto c = cypher_compare(a, b);
      if (!c) return {};
      if (op == "<") return *c < 0;
      if (op == "<=") return *c <= 0;
      if (op == ">") return *c > 0;
      return *c >= 0;
    }
    if (op == "STARTS WITH" || op == "ENDS WITH" || op == "CONTAINS") return from_truth(string_predicate(op, a, b));
    if (op == "=~") {
      if (!a.is<std::string>() || !b.is<std::string>()) return {};
      return ctx.regexes.matches(a.as<std::string>(), b.as<std::string>(), e.text);
    }
    if (op == "IN") {
      if (b.is_null()) return {};
      if (!b.is<value_list>()) type_fail("InvalidArgumentType", "IN needs a list on its right in `" + e.text + "`");
      bool unknown = false;
      for (const auto& x : b.as<value_list>()) {
        auto t = cypher_equals(a, x);
        if (!t) unknown = true;
        else if (*t) return true;
      }
      return unknown ? value{} : value(false);
    }
    return arithmetic(op, a, b, e, ctx);
  }
  case expr_kind::is_null: return evaluate(*e.children[0], r, ctx).is_null();
  case expr_kind::is_not_null: return !evaluate(*e.children[0], r, ctx).is_null();
  case expr_kind::list: {
    value_list out;
    out.reserve(e.children.size());
    for (const auto& c : e.children) out.push_back(evaluate(*c, r, ctx));
    return out;
  }
  case expr_kind::map: {
    value_map out;
    for (std::size_t i = 0; i < e.children.size(); ++i) out[e.names[i]] = evaluate(*e.children[i], r, ctx);
    return out;
  }
  case expr_kind::function: {
    std::vector<value> args;
    args.reserve(e.children.size());
    for (const auto& c : e.children) args.push_back(evaluate(*c, r, ctx));
    return e.function(args, ctx);
  }
  case expr_kind::case_expr: {
    if (e.case_subject) {
      value subject = evaluate(*e.case_subject, r, ctx);
      for (const auto& [w, t] : e.case_whens) {
        auto eq = cypher_equals(subject, evaluate(*w, r, ctx));
        if (eq && *eq) return evaluate(*t, r, ctx);
      }
    } else {
      for (const auto& [w, t] : e.case_whens) {
        value c = evaluate(*w, r, ctx);
        if (c.is<bool>() && c.as<bool>()) return evaluate(*t, r, ctx);
      }
    }
    return e.case_else ? evaluate(*e.case_else, r, ctx) : value{};
  }
  case expr_kind::list_comprehension:
  case expr_kind::quantifier: {
    value list = evaluate(*e.children[0], r, ctx);
    if (list.is_null()) return {};
    if (!list.is<value_list>()) type_fail("InvalidArgumentType", "expected a list in `" + e.text + "`");
    value saved = r[e.var];
    value_list out;
    std::size_t built = 0; // footprint of `out`
    std::size_t yes = 0, unknown = 0;
    for (const auto& x : list.as<value_list>()) {
      r[e.var] = x;
      std::optional<bool> keep = true;
      if (e.filter) keep = truth(evaluate(*e.filter, r, ctx), *e.filter);
      if (e.kind == expr_kind::quantifier) {
        if (!keep) ++unknown;
        else if (*keep) ++yes;
        continue;
      }
      if (keep && *keep) {
        out.push_back(e.mapping ? evaluate(*e.mapping, r, ctx) : x);
        built += footprint(out.back());
        ctx.check_fits(built, "a list comprehension");
      }
    }
    r[e.var] = saved;
    if (e.kind == expr_kind::list_comprehension) return out;
    const std::size_t n = list.as<value_list>().size();
    const std::size_t no = n - yes - unknown;
    if (e.name == "all") return no > 0 ? value(false) : (unknown ? value{} : value(true));
    if (e.name == "any") return yes > 0 ? value(true) : (unknown ? value{} : value(false));
    if (e.name == "none") return yes > 0 ? value(false) : (unknown ? value{} : value(true));
    // single
    if (yes > 1) return false;
    if (unknown) return {};
    return yes == 1;
  }
  case expr_kind::pattern_predicate:
  case expr_kind::exists_subquery: return run_subplan(e, r, ctx, false);
  case expr_kind::pattern_comprehension: return run_subplan(e, r, ctx, true);
  default: break;
  }
  type_fail("InvalidArgumentType", "cannot evaluate `" + e.text + "`");
}

} // namespace annals::exec
