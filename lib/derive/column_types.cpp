#include "derive/column_types.hpp"

#include <map>

namespace annals::derive {

namespace {

using base = data_type::base;

std::optional<data_type> type_of_literal(const value& v) {
  switch (v.kind()) {
  case value_kind::boolean: return data_type{base::boolean};
  case value_kind::integer: return data_type{base::int64};
  case value_kind::floating: return data_type{base::double_};
  case value_kind::string: return data_type{base::string};
  case value_kind::date: return data_type{base::date};
  default: return std::nullopt;
  }
}

// The labels (for nodes) and types (for relationships) each variable's patterns gave it.
struct variable_tables {
  std::map<std::string, std::vector<std::string>> labels, types;
  void add(const ast::parsed_pattern_part& p) {
    for (const auto& n : p.nodes)
      if (!n.variable.empty())
        labels[n.variable].insert(labels[n.variable].end(), n.labels.begin(), n.labels.end());
    for (const auto& r : p.rels)
      if (!r.variable.empty() && !r.variable_length)
        types[r.variable].insert(types[r.variable].end(), r.types.begin(), r.types.end());
  }
};

std::optional<data_type> property_type(const graph& g, const variable_tables& v, const ast::parsed_expression& e) {
  if (e.kind != ast::expr_kind::property || e.children.size() != 1 || e.children[0]->kind != ast::expr_kind::variable)
    return std::nullopt;
  const std::string& var = e.children[0]->name;
  std::optional<data_type> found;
  auto consider = [&](const column* c) {
    if (!c) return true;
    if (found && !(*found == c->type)) return false; // two tables disagree
    found = c->type;
    return true;
  };
  if (auto it = v.labels.find(var); it != v.labels.end())
    for (const auto& l : it->second)
      if (auto t = g.schema().find_node_table(l))
        if (!consider(t->find(e.name))) return std::nullopt;
  if (auto it = v.types.find(var); it != v.types.end()) {
    if (it->second.size() != 1) return std::nullopt; // any of several types
    if (auto t = g.schema().find_rel_table(it->second.front()))
      if (!consider(t->find(e.name))) return std::nullopt;
  }
  return found;
}

} // namespace

data_type column_type(const graph& g, const ast::parsed_query& q, const std::string& name) {
  if (q.parts.empty()) return {};
  const auto& clauses = q.parts.back().clauses;
  variable_tables vars;
  for (const auto& c : clauses) {
    if (c.kind == ast::clause_kind::match)
      for (const auto& p : c.match.pattern) vars.add(p);
    if (c.kind == ast::clause_kind::with) return {}; // renamed or computed on the way: not told here
    if (c.kind != ast::clause_kind::return_) continue;
    for (const auto& item : c.projection.items) {
      if (item.alias != name || !item.expression) continue;
      const auto& e = *item.expression;
      if (e.kind == ast::expr_kind::literal) return type_of_literal(e.literal).value_or(data_type{});
      return property_type(g, vars, e).value_or(data_type{});
    }
  }
  return {};
}

} // namespace annals::derive
