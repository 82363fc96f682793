#include "derive/definition_inputs.hpp"

#include <algorithm>

namespace annals::derive {

namespace {

void add(std::vector<std::string>& to, const std::string& name) {
  if (std::find(to.begin(), to.end(), name) == to.end()) to.push_back(name);
}

struct walker {
  definition_inputs& out;

  void pattern(const ast::parsed_pattern_part& p) {
    for (const auto& n : p.nodes) {
      if (n.labels.empty()) out.any_node = true;
      for (const auto& l : n.labels) add(out.labels, l);
      expression(n.properties);
    }
    for (const auto& r : p.rels) {
      if (r.types.empty()) out.any_type = true;
      for (const auto& t : r.types) add(out.types, t);
      expression(r.properties);
    }
  }
  void match(const ast::parsed_match& m) {
    for (const auto& p : m.pattern) pattern(p);
    expression(m.as_of);
    expression(m.where);
  }
  void projection(const ast::parsed_projection& p) {
    for (const auto& i : p.items) expression(i.expression);
    for (const auto& s : p.order_by) expression(s.expression);
    expression(p.skip);
    expression(p.limit);
    expression(p.where);
  }
  void query(const ast::parsed_query& q) {
    for (const auto& part : q.parts)
      for (const auto& c : part.clauses) {
        switch (c.kind) {
        case ast::clause_kind::match: match(c.match); break;
        case ast::clause_kind::unwind: expression(c.unwind.list); break;
        case ast::clause_kind::with:
        case ast::clause_kind::return_: projection(c.projection); break;
        default: break; // a definition only reads: the catalog refuses the others
        }
      }
  }
  void expression(const ast::expr_ptr& e) {
    if (!e) return;
    for (const auto& c : e->children) expression(c);
    expression(e->case_subject);
    expression(e->case_else);
    for (const auto& [when, then] : e->case_whens) {
      expression(when);
      expression(then);
    }
    expression(e->filter);
    expression(e->mapping);
    if (e->pattern) pattern(*e->pattern);
    if (e->subquery_match) match(*e->subquery_match);
    if (e->subquery) query(*e->subquery);
  }
};

} // namespace

definition_inputs inputs_of(const ast::parsed_query& q) {
  definition_inputs out;
  walker{out}.query(q);
  return out;
}

} // namespace annals::derive
