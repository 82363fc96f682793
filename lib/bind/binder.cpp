#include "bind/binder.hpp"

#include "annals/error.hpp"
#include "function/function_registry.hpp"
#include "values/edit_distance.hpp"

#include <algorithm>

namespace annals::bind {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

} // namespace

void binder::semantic(std::size_t offset, const std::string& detail, const std::string& message) const {
  if (!script_) throw semantic_error("SyntaxError", detail, message);
  throw semantic_error("SyntaxError", detail, message, position_in(*script_, offset), line_at(*script_, offset));
}

void binder::over_limit(std::size_t offset, const std::string& detail, const std::string& message) const {
  if (!script_) throw semantic_error("SemanticError", detail, message);
  throw semantic_error("SemanticError", detail, message, position_in(*script_, offset), line_at(*script_, offset));
}

void binder::type(std::size_t offset, const std::string& detail, const std::string& message) const {
  if (!script_) throw type_error("SyntaxError", detail, message);
  throw type_error("SyntaxError", detail, message, position_in(*script_, offset), line_at(*script_, offset));
}

std::string binder::nearest(const std::string& name, const std::vector<std::string>& candidates) const {
  std::string best;
  std::size_t best_d = std::max<std::size_t>(3, name.size() / 3) + 1;
  for (const auto& c : candidates) {
    const auto d = edit_distance(name, c);
    if (d < best_d) best_d = d, best = c;
  }
  return best;
}

void binder::check_label(const std::string& label, std::size_t offset) const {
  const auto& tables = graph_.schema().node_tables();
  if (tables.empty() || tables.count(label)) return;
  if (auto s = graph_.find_symbol(label); s && !graph_.nodes_with_label(*s).empty()) return;
  std::vector<std::string> names;
  for (const auto& [n, t] : tables) names.push_back(n);
  const auto hint = nearest(label, names);
  std::string message = "unknown node label :" + label;
  if (!hint.empty()) message += ", did you mean :" + hint + "?";
  if (!script_) throw semantic_error("SemanticError", "UnknownLabel", message);
  throw semantic_error("SemanticError", "UnknownLabel", message, position_in(*script_, offset), line_at(*script_, offset));
}

void binder::check_rel_type(const std::string& type, std::size_t offset) const {
  const auto& tables = graph_.schema().rel_tables();
  if (tables.empty() || tables.count(type)) return;
  if (auto s = graph_.find_symbol(type)) {
    for (rel_id r = 0; r < graph_.rel_capacity(); ++r)
      if (graph_.rel_alive(r) && graph_.rel(r).type == *s) return;
  }
  std::vector<std::string> names;
  for (const auto& [n, t] : tables) names.push_back(n);
  const auto hint = nearest(type, names);
  std::string message = "unknown relationship type :" + type;
  if (!hint.empty()) message += ", did you mean :" + hint + "?";
  if (!script_) throw semantic_error("SemanticError", "UnknownRelationshipType", message);
  throw semantic_error("SemanticError", "UnknownRelationshipType", message, position_in(*script_, offset),
                       line_at(*script_, offset));
}

// Reading `p.nmae` where p's label is a declared table that lacks the key
// (and no other table declares it) always gives null: as writing it is
// refused, so is reading it, with the nearest declared column (as Kùzu does).
void binder::check_declared_property(const variable_info& v, const std::string& key, std::size_t offset) const {
  if (v.labels.empty()) return;
  const auto& schema = graph_.schema();
  const bool node = v.type == variable_type::node;
  if (!node && v.type != variable_type::relationship) return;
  const std::vector<column>* columns = nullptr;
  std::string table;
  for (const auto& label : v.labels) {
    const std::vector<column>* found = nullptr;
    if (node) {
      if (const auto* t = schema.find_node_table(label)) found = &t->columns;
    } else if (const auto* t = schema.find_rel_table(label)) {
      found = &t->columns;
    }
    if (!found) continue;
    for (const auto& c : *found)
      if (c.name == key) return;
    if (!columns) columns = found, table = label;
  }
  if (!columns) return; // no declared table among them: properties are open
  // Another table may declare it for nodes that carry both labels.
  if (node) {
    for (const auto& [name, t] : schema.node_tables())
      for (const auto& c : t.columns)
        if (c.name == key) return;
  }
  std::vector<std::string> names;
  std::string listed;
  for (const auto& c : *columns) {
    names.push_back(c.name);
    listed += (listed.empty() ? "" : ", ") + c.name;
  }
  // A key of any length is shown by its first 60 bytes (whole code points), as the caret shows the rest.
  std::string shown = key;
  if (shown.size() > 60) {
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "…";
  }
  std::string message = "property " + table + "." + shown + " is not declared (table " + table + " has: " +
                        (listed.empty() ? std::string("no columns") : listed) + ")";
  if (const auto hint = key.size() > 60 ? std::string() : nearest(key, names); !hint.empty())
    message += ", did you mean " + hint + "?";
  semantic(offset, "UndeclaredProperty", message);
}

bool binder::contains_aggregate(const ast::expr_ptr& e) const {
  if (!e) return false;
  if (e->kind == ast::expr_kind::count_star) return true;
  if (e->kind == ast::expr_kind::function && function::find_aggregate(lower(e->name))) return true;
  if (e->kind == ast::expr_kind::list_comprehension || e->kind == ast::expr_kind::quantifier ||
      e->kind == ast::expr_kind::pattern_comprehension)
    return contains_aggregate(e->children.empty() ? nullptr : e->children[0]);
  for (const auto& c : e->children)
    if (contains_aggregate(c)) return true;
  if (contains_aggregate(e->case_subject) || contains_aggregate(e->case_else)) return true;
  for (const auto& [w, t] : e->case_whens)
    if (contains_aggregate(w) || contains_aggregate(t)) return true;
  return false;
}

bound_ptr binder::bind(const ast::expr_ptr& e, const scope& s, std::vector<aggregate_spec>* aggregates) {
  if (!e) return nullptr;
  using K = ast::expr_kind;
  struct depth_guard {
    int& d;
    ~depth_guard() { --d; }
  } guard{++depth_};
  // The parser bounds the depth (max_expression_depth); the guard, the stack.
  if (depth_ > 32 && stack_.exhausted())
    throw annals::runtime_error("RuntimeError", "StackExhausted", stack_exhausted_message("an expression", depth_));

  auto b = std::make_shared<bound_expression>();
  b->kind = e->kind;
  b->offset = e->offset;
  b->text = e->text;
  b->literal = e->literal;
  b->name = e->name;
  b->names = e->names;
  b->distinct = e->distinct;

  switch (e->kind) {
  case K::variable: {
    const variable_info* v = s.find(e->name);
    if (!v) semantic(e->offset, "UndefinedVariable", "variable `" + e->name + "` is not defined");
    b->var = v->where;
    return b;
  }
  case K::function: return bind_function(e, s, aggregates);
  case K::count_star: {
    if (!aggregates) semantic(e->offset, "InvalidAggregation", "count(*) is not allowed here");
    b->kind = K::variable;
    b->var = new_slot("count(*)");
    aggregates->push_back({aggregate_kind::count_star, false, nullptr, nullptr, b->var});
    return b;
  }
  case K::case_expr:
    b->case_subject = bind(e->case_subject, s, aggregates);
    for (const auto& [w, t] : e->case_whens) b->case_whens.emplace_back(bind(w, s, aggregates), bind(t, s, aggregates));
    b->case_else = bind(e->case_else, s, aggregates);
    return b;
  case K::list_comprehension:
  case K::quantifier: {
    b->children.push_back(bind(e->children[0], s, aggregates));
    scope inner = s;
    b->var = new_slot(e->variable);
    inner.add(e->variable, {b->var, variable_type::any});
    if (e->filter && contains_aggregate(e->filter))
      semantic(e->filter->offset, "InvalidAggregation", "aggregates are not allowed inside a list predicate");
    b->filter = bind(e->filter, inner, nullptr);
    b->mapping = bind(e->mapping, inner, nullptr);
    if (e->kind == K::quantifier && !e->filter)
      semantic(e->offset, "UnexpectedSyntax", e->name + "(…) needs a WHERE predicate");
    return b;
  }
  case K::pattern_comprehension:
  case K::pattern_predicate:
  case K::exists_subquery: {
    scope inner;
    b->subplan = planner_.plan_subpattern(*e, s, inner);
    if (e->kind == K::pattern_comprehension) {
      b->filter = bind(e->filter, inner, nullptr);
      b->mapping = bind(e->mapping, inner, nullptr);
    }
    return b;
  }
  case K::property:
    if (!e->children.empty() && e->children[0] && e->children[0]->kind == K::variable)
      if (const variable_info* v = s.find(e->children[0]->name)) check_declared_property(*v, e->name, e->offset);
    break;
  default: break;
  }
  for (const auto& c : e->children) b->children.push_back(c ? bind(c, s, aggregates) : nullptr);
  check_static_types(*b, s);
  return b;
}

std::optional<value_kind> binder::static_kind(const bound_expression& e, const scope& s) const {
  using K = ast::expr_kind;
  switch (e.kind) {
  case K::literal: return e.literal.is_null() ? std::nullopt : std::optional<value_kind>(e.literal.kind());
  case K::list: return value_kind::list;
  case K::map: return value_kind::map;
  case K::variable:
    for (const auto& name : s.names()) {
      const auto* v = s.find(name);
      if (v->where != e.var) continue;
      if (v->type == variable_type::path) return value_kind::path;
      if (v->type == variable_type::node) return value_kind::node;
      if (v->type == variable_type::relationship) return value_kind::relationship;
    }
    return std::nullopt;
  default: return std::nullopt;
  }
}

// Operands whose type is known at compile time and cannot work are errors
// now, as the TCK expects: `RETURN 123 AND true`, `x IN 1`, `'a' % 2`.
void binder::check_static_types(const bound_expression& b, const scope& s) const {
  using K = ast::expr_kind;
  auto kind_of = [&](std::size_t i) { return b.children[i] ? static_kind(*b.children[i], s) : std::nullopt; };
  auto is_number = [](value_kind k) { return k == value_kind::integer || k == value_kind::floating; };
  auto refuse = [&](const bound_expression& operand, value_kind k) {
    type(operand.offset, "InvalidArgumentType",
         "`" + b.text + "` cannot use a " + std::string(to_string(k)) + " (`" + operand.text + "`) here");
  };
  if (b.kind == K::unary && b.name == "NOT") {
    if (auto k = kind_of(0); k && *k != value_kind::boolean) refuse(*b.children[0], *k);
  }
  if (b.kind == K::unary && b.name != "NOT") {
    if (auto k = kind_of(0); k && !is_number(*k)) refuse(*b.children[0], *k);
  }
  if (b.kind == K::property && b.children[0]) {
    if (auto k = kind_of(0); k && (*k == value_kind::path || *k == value_kind::list || is_number(*k) ||
                                   *k == value_kind::boolean || *k == value_kind::string))
      refuse(*b.children[0], *k);
  }
  if (b.kind != K::binary) return;
  const std::string& op = b.name;
  const auto left = kind_of(0), right = kind_of(1);
  if (op == "AND" || op == "OR" || op == "XOR") {
    if (left && *left != value_kind::boolean) refuse(*b.children[0], *left);
    if (right && *right != value_kind::boolean) refuse(*b.children[1], *right);
  } else if (op == "IN") {
    if (right && *right != value_kind::list) refuse(*b.children[1], *right);
  } else if (op == "-" || op == "*" || op == "/" || op == "%" || op == "^") {
    if (left && !is_number(*left)) refuse(*b.children[0], *left);
    if (right && !is_number(*right)) refuse(*b.children[1], *right);
  } else if (op == "+" && left && right) {
    const bool ok = (is_number(*left) && is_number(*right)) || *left == value_kind::list || *right == value_kind::list ||
                    (*left == value_kind::string && (*right == value_kind::string || is_number(*right))) ||
                    (is_number(*left) && *right == value_kind::string);
    if (!ok) refuse(*b.children[1], *right);
  }
}

bound_ptr binder::bind_function(const ast::expr_ptr& e, const scope& s, std::vector<aggregate_spec>* aggregates) {
  const std::string name = lower(e->name);
  auto b = std::make_shared<bound_expression>();
  b->kind = ast::expr_kind::function;
  b->offset = e->offset;
  b->text = e->text;
  b->name = name;
  if (auto agg = function::find_aggregate(name)) {
    if (!aggregates)
      semantic(e->offset, "InvalidAggregation", "aggregate function " + e->name + "(…) is not allowed here");
    const bool two = *agg == aggregate_kind::percentile_cont || *agg == aggregate_kind::percentile_disc;
    if (e->children.size() != (two ? 2u : 1u))
      semantic(e->offset, "InvalidNumberOfArguments", e->name + "() takes " + (two ? "2 arguments" : "1 argument"));
    for (const auto& c : e->children)
      if (contains_aggregate(c)) semantic(c->offset, "NestedAggregation", "aggregates cannot be nested");
    aggregate_spec spec{*agg, e->distinct, bind(e->children[0], s, nullptr), two ? bind(e->children[1], s, nullptr) : nullptr,
                        new_slot(e->text)};
    aggregates->push_back(spec);
    b->kind = ast::expr_kind::variable;
    b->var = spec.result;
    return b;
  }
  const function::function_info* f = function::find_scalar(name);
  if (!f) semantic(e->offset, "UnknownFunction", "unknown function " + e->name + "()");
  if (e->children.size() < f->min_args || e->children.size() > f->max_args)
    semantic(e->offset, "InvalidNumberOfArguments",
             e->name + "() takes " + std::to_string(f->min_args) +
                 (f->max_args != f->min_args ? " to " + std::to_string(f->max_args) : "") + " argument(s), was given " +
                 std::to_string(e->children.size()));
  b->function = f->fn;
  for (const auto& c : e->children) b->children.push_back(bind(c, s, aggregates));
  return b;
}

} // namespace annals::bind
