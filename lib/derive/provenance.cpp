#include "derive/provenance.hpp"

#include <algorithm>
#include <cctype>

namespace annals::derive {

namespace {

bool is_aggregate(const std::string& function) {
  std::string f;
  for (char c : function) f += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return f == "count" || f == "sum" || f == "avg" || f == "min" || f == "max" || f == "collect" || f == "stdev" ||
         f == "stdevp" || f == "percentilecont" || f == "percentiledisc";
}

bool aggregates(const ast::expr_ptr& e) {
  if (!e) return false;
  if (e->kind == ast::expr_kind::count_star) return true;
  if (e->kind == ast::expr_kind::function && is_aggregate(e->name)) return true;
  if (e->kind == ast::expr_kind::pattern_comprehension || e->kind == ast::expr_kind::exists_subquery) return false;
  for (const auto& c : e->children)
    if (aggregates(c)) return true;
  if (aggregates(e->case_subject) || aggregates(e->case_else)) return true;
  for (const auto& [when, then] : e->case_whens)
    if (aggregates(when) || aggregates(then)) return true;
  return false;
}

ast::expr_ptr make(ast::expr_kind kind, std::string name = {}) {
  auto e = std::make_shared<ast::parsed_expression>();
  e->kind = kind;
  e->name = name;
  e->text = std::move(name);
  return e;
}

void add_to_single_query(ast::parsed_single_query& q) {
  std::vector<std::string> scope;
  std::size_t anonymous = 0;
  auto bind = [&](std::string& variable) {
    if (variable.empty()) variable = " fact" + std::to_string(anonymous++);
    if (std::find(scope.begin(), scope.end(), variable) == scope.end()) scope.push_back(variable);
  };
  for (auto& c : q.clauses) {
    if (c.kind == ast::clause_kind::match) {
      for (auto& part : c.match.pattern) // in the pattern's order: node, relationship, node, …
        for (std::size_t i = 0; i < part.nodes.size(); ++i) {
          bind(part.nodes[i].variable);
          if (i < part.rels.size()) bind(part.rels[i].variable);
        }
    } else if (c.kind == ast::clause_kind::with && !c.projection.star) {
      // Entities passed on by name stay facts; the rest leave the scope.
      std::vector<std::string> kept;
      for (const auto& item : c.projection.items)
        if (item.expression && item.expression->kind == ast::expr_kind::variable &&
            std::find(scope.begin(), scope.end(), item.expression->name) != scope.end())
          kept.push_back(item.alias);
      scope = std::move(kept);
    } else if (c.kind == ast::clause_kind::return_) {
      auto facts = make(ast::expr_kind::list);
      for (const auto& v : scope) facts->children.push_back(make(ast::expr_kind::variable, v));
      auto& p = c.projection;
      bool grouped = p.distinct;
      for (const auto& item : p.items) grouped = grouped || aggregates(item.expression);
      ast::parsed_projection_item item;
      item.alias = provenance_column;
      item.has_alias = true;
      if (grouped) {
        // One row per group (DISTINCT: per distinct row), with every fact of the group.
        p.distinct = false;
        auto collect = make(ast::expr_kind::function, "collect");
        collect->children.push_back(facts);
        item.expression = collect;
      } else {
        item.expression = facts;
      }
      item.expression->offset = p.offset;
      for (auto& child : item.expression->children) child->offset = p.offset;
      p.items.push_back(std::move(item));
    }
  }
}

void add_property_citations(const graph& g, const property_set& properties, std::vector<std::string>& out) {
  auto add = [&](std::string c) {
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  };
  // A derived relationship's own citations pass on.
  if (const auto key = g.find_symbol(citations_key))
    if (const value* list = properties.get(*key); list && list->is<value_list>()) {
      for (const auto& c : list->as<value_list>())
        if (c.is<std::string>()) add(c.as<std::string>());
      return;
    }
  add(citation_of(g, properties));
}

} // namespace

void add_provenance_column(ast::parsed_query& q) {
  for (auto& part : q.parts) add_to_single_query(part);
}

std::string citation_of(const graph& g, const property_set& properties) {
  const auto key = [&](const char* name) -> const value* {
    const auto s = g.find_symbol(name);
    return s ? properties.get(*s) : nullptr;
  };
  std::string out;
  if (const value* source = key("source"); source && source->is<std::string>()) out = source->as<std::string>();
  std::string lines;
  auto add_line = [&](const value& l) {
    if (l.is<std::int64_t>()) lines += (lines.empty() ? "L" : ", L") + std::to_string(l.as<std::int64_t>());
  };
  if (const value* l = key("lines")) {
    if (l->is<value_list>())
      for (const auto& x : l->as<value_list>()) add_line(x);
    else
      add_line(*l);
  }
  if (!lines.empty()) out += (out.empty() ? "(" : " (") + lines + ")";
  return out;
}

void add_citations(const graph& g, const value& facts, std::vector<std::string>& out) {
  if (const auto* n = facts.get_if<node_ref>()) {
    if (g.node_alive(n->id)) add_property_citations(g, g.node(n->id).properties, out);
  } else if (const auto* r = facts.get_if<rel_ref>()) {
    if (g.rel_alive(r->id)) add_property_citations(g, g.rel(r->id).properties, out);
  } else if (const auto* l = facts.get_if<value_list>()) {
    for (const auto& x : *l) add_citations(g, x, out);
  }
}

} // namespace annals::derive
