#include "plan/planner.hpp"

#include "annals/error.hpp"
#include "function/function_registry.hpp"
#include "plan/plan_call.hpp"
#include "plan/reachability.hpp"
#include "procedures/builtin_procedures.hpp"

#include <algorithm>
#include <set>

namespace annals::plan {
namespace {

using namespace annals::bind;
using ast::expr_kind;

op_ptr make_op(op_kind k, op_ptr input = nullptr) {
  auto op = std::make_shared<logical_operator>();
  op->kind = k;
  if (input) op->children.push_back(std::move(input));
  return op;
}

// Slots an expression reads; `opaque` is set when it runs a sub-plan whose
// reads we do not track (such predicates are applied last).
void collect_slots(const bound_ptr& e, std::set<slot>& out, bool& opaque) {
  if (!e) return;
  if (e->kind == expr_kind::variable) out.insert(e->var);
  if (e->subplan) opaque = true;
  for (const auto& c : e->children) collect_slots(c, out, opaque);
  collect_slots(e->case_subject, out, opaque);
  collect_slots(e->case_else, out, opaque);
  collect_slots(e->filter, out, opaque);
  collect_slots(e->mapping, out, opaque);
  for (const auto& [w, t] : e->case_whens) collect_slots(w, out, opaque), collect_slots(t, out, opaque);
}

void split_conjuncts(const ast::expr_ptr& e, std::vector<ast::expr_ptr>& out) {
  if (!e) return;
  if (e->kind == expr_kind::binary && e->name == "AND") {
    split_conjuncts(e->children[0], out);
    split_conjuncts(e->children[1], out);
  } else {
    out.push_back(e);
  }
}

struct pending_predicate {
  bound_ptr predicate;
  std::set<slot> needs;
  bool opaque = false;
  bool applied = false;
  ast::expr_ptr source;
  std::string key; // for inline property maps: the property it checks
};

class planner final : public subpattern_planner {
public:
  planner(graph& g, const std::string& script, const query_limits& limits, name_policy names,
          const procedure_registry& procedures, untyped_patterns untyped)
      : graph_(g), binder_(g, *this), max_pattern_length_(limits.max_pattern_length), max_clauses_(limits.max_clauses),
        names_(names), untyped_(untyped), script_(script), procedures_(procedures) {
    binder_.set_text(&script);
  }

  logical_plan plan(const ast::parsed_query& q) {
    logical_plan out;
    std::vector<op_ptr> parts;
    std::vector<std::string> columns;
    for (std::size_t i = 0; i < q.parts.size(); ++i) {
      scope s;
      std::vector<std::string> cols;
      parts.push_back(plan_single(q.parts[i], make_op(op_kind::argument), s, cols));
      if (i == 0) columns = cols;
      else if (cols != columns)
        binder_.semantic(q.parts[i].clauses.empty() ? 0 : q.parts[i].clauses.front().offset, "DifferentColumnsInUnion",
                         "all parts of a UNION must return the same column names");
    }
    if (parts.size() == 1) out.root = parts[0];
    else {
      out.root = make_op(op_kind::union_);
      out.root->children = parts;
      out.root->distinct_union = std::find(q.union_all.begin(), q.union_all.end(), false) != q.union_all.end();
      if (out.root->distinct_union && std::find(q.union_all.begin(), q.union_all.end(), true) != q.union_all.end())
        binder_.semantic(0, "InvalidClauseComposition", "cannot mix UNION and UNION ALL");
      out.root->columns = columns;
      out.root->detail = out.root->distinct_union ? "distinct" : "all";
    }
    mark_endpoints_only(out.root);
    out.columns = columns;
    out.slot_count = binder_.slot_count();
    out.writes = writes_;
    out.reads_types = reads_types_;
    out.reads_any_type = reads_any_type_;
    return out;
  }

  // ---- sub-patterns inside expressions -----------------------------------------------
  std::shared_ptr<logical_operator> plan_subpattern(const ast::parsed_expression& e, const scope& outer,
                                                    scope& inner) override {
    inner = outer;
    op_ptr root = make_op(op_kind::argument);
    if (e.kind == expr_kind::exists_subquery && e.subquery) {
      std::vector<std::string> cols;
      ast::parsed_single_query q = e.subquery->parts[0];
      // The RETURN of an EXISTS subquery does not matter: drop it.
      if (!q.clauses.empty() && q.clauses.back().kind == ast::clause_kind::return_) q.clauses.pop_back();
      for (const auto& c : q.clauses) {
        if (c.kind != ast::clause_kind::match && c.kind != ast::clause_kind::with && c.kind != ast::clause_kind::unwind)
          binder_.semantic(c.offset, "InvalidClauseComposition", "EXISTS { … } may only read");
        root = plan_clause(c, root, inner);
      }
      return root;
    }
    ast::parsed_match m;
    if (e.subquery_match) m = *e.subquery_match;
    else m.pattern.push_back(*e.pattern);
    if (e.kind == expr_kind::pattern_predicate) {
      // A pattern predicate may not introduce new variables.
      for (const auto& part : m.pattern) {
        for (const auto& n : part.nodes)
          if (!n.variable.empty() && !outer.find(n.variable))
            binder_.semantic(n.offset, "UndefinedVariable", "variable `" + n.variable + "` is not defined");
        for (const auto& r : part.rels)
          if (!r.variable.empty() && !outer.find(r.variable))
            binder_.semantic(r.offset, "UndefinedVariable", "variable `" + r.variable + "` is not defined");
      }
    }
    return plan_match(root, m, inner);
  }

private:
  // ---- clauses ------------------------------------------------------------------
  // CALL (plan/plan_call.cpp); `columns` only for a standalone CALL, the whole query.
  op_ptr plan_in_query_call(const ast::parsed_clause& c, op_ptr current, scope& s, std::vector<std::string>* columns) {
    call_context cx{binder_, procedures_, script_};
    return plan_call(cx, *c.call, std::move(current), s, columns != nullptr, columns, reads_any_type_);
  }

  op_ptr plan_single(const ast::parsed_single_query& q, op_ptr input, scope& s, std::vector<std::string>& columns) {
    op_ptr current = std::move(input);
    const auto& clauses = q.clauses;
    if (clauses.size() == 1 && clauses[0].kind == ast::clause_kind::call) {
      ++clauses_;
      return plan_in_query_call(clauses[0], current, s, &columns);
    }
    if (clauses.back().kind == ast::clause_kind::call && clauses.back().call->has_yield)
      binder_.semantic(clauses.back().offset, "InvalidClauseComposition",
                       "a query cannot end with CALL … YIELD; add a RETURN");
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      const auto& c = clauses[i];
      const bool last = i + 1 == clauses.size();
      if (c.kind == ast::clause_kind::return_ && !last)
        binder_.semantic(clauses[i + 1].offset, "InvalidClauseComposition", "RETURN must be the last clause");
      if (c.kind == ast::clause_kind::return_) {
        current = plan_projection(current, c.projection, s, true, &columns);
      } else {
        current = plan_clause(c, current, s);
        // Writes finish for every row before anything reads on: a LIMIT
        // downstream must not cut them short.
        const auto k = c.kind;
        if (k == ast::clause_kind::create || k == ast::clause_kind::merge || k == ast::clause_kind::set ||
            k == ast::clause_kind::remove || k == ast::clause_kind::delete_)
          current = make_op(op_kind::eager, current);
      }
    }
    const auto last = clauses.back().kind;
    if (last == ast::clause_kind::with || last == ast::clause_kind::match || last == ast::clause_kind::unwind)
      binder_.semantic(clauses.back().offset, "InvalidClauseComposition",
                       "a query cannot end with " + std::string(last == ast::clause_kind::with ? "WITH" : last == ast::clause_kind::match ? "MATCH" : "UNWIND") +
                           "; add a RETURN");
    if (last != ast::clause_kind::return_) {
      current = make_op(op_kind::produce, current);
    }
    return current;
  }

  op_ptr barrier(op_ptr current) {
    writes_ = true;
    if (current->kind == op_kind::eager || current->kind == op_kind::argument) return current;
    return make_op(op_kind::eager, current);
  }

  op_ptr plan_clause(const ast::parsed_clause& c, op_ptr current, scope& s) {
    // Each clause stacks operators that rows pass through recursively: a limit keeps the stack safe.
    if (++clauses_ > max_clauses_)
      binder_.over_limit(c.offset, "TooManyClauses",
                         "the query has more than max_clauses (" + std::to_string(max_clauses_) +
                             ") clauses; raise database::limits().max_clauses");
    switch (c.kind) {
    case ast::clause_kind::match:
      if (c.match.optional) {
        scope inner = s;
        auto sub = plan_match(make_op(op_kind::argument), c.match, inner);
        auto op = make_op(op_kind::optional, current);
        op->children.push_back(sub);
        for (const auto& name : inner.names())
          if (!s.find(name)) op->keys.push_back(inner.find(name)->where);
        s = inner;
        return op;
      }
      return plan_match(current, c.match, s);
    case ast::clause_kind::unwind: {
      auto op = make_op(op_kind::unwind, current);
      op->expression = binder_.bind(c.unwind.list, s);
      if (s.find(c.unwind.variable))
        binder_.semantic(c.offset, "VariableAlreadyBound", "variable `" + c.unwind.variable + "` is already defined");
      op->node = binder_.new_slot(c.unwind.variable);
      s.add(c.unwind.variable, {op->node, variable_type::any});
      op->detail = c.unwind.variable;
      return op;
    }
    case ast::clause_kind::with: return plan_projection(current, c.projection, s, false, nullptr);
    case ast::clause_kind::create: return plan_create(barrier(current), c.create.pattern, s);
    case ast::clause_kind::merge: return plan_merge(barrier(current), *c.merge, s);
    case ast::clause_kind::set: {
      auto op = make_op(op_kind::set, barrier(current));
      op->set_steps = bind_set_items(c.set_items, s);
      return op;
    }
    case ast::clause_kind::remove: {
      auto op = make_op(op_kind::remove, barrier(current));
      for (const auto& it : c.remove_items) {
        set_step st;
        if (!it.labels.empty()) {
          st.kind = static_cast<int>(ast::set_kind::labels);
          st.variable = require(it.variable, c.offset, s);
          st.labels = it.labels;
        } else {
          st.kind = static_cast<int>(ast::set_kind::property);
          st.target_entity = binder_.bind(it.property->children[0], s);
          st.key = it.property->name;
        }
        op->set_steps.push_back(st);
      }
      return op;
    }
    case ast::clause_kind::delete_: {
      auto op = make_op(op_kind::delete_, barrier(current));
      op->detach = c.del.detach;
      for (const auto& t : c.del.targets) {
        if (t->kind != expr_kind::variable && t->kind != expr_kind::property && t->kind != expr_kind::index &&
            t->kind != expr_kind::function)
          binder_.type(t->offset, "InvalidDelete", "DELETE needs a node, a relationship or a path");
        op->delete_targets.push_back(binder_.bind(t, s));
      }
      op->detail = op->detach ? "detach" : "";
      return op;
    }
    case ast::clause_kind::call: return plan_in_query_call(c, current, s, nullptr);
    case ast::clause_kind::return_: break;
    }
    return current;
  }

  slot require(const std::string& name, std::size_t offset, const scope& s) {
    const variable_info* v = s.find(name);
    if (!v) binder_.semantic(offset, "UndefinedVariable", "variable `" + name + "` is not defined");
    return v->where;
  }

  std::vector<set_step> bind_set_items(const std::vector<ast::parsed_set_item>& items, const scope& s) {
    std::vector<set_step> steps;
    for (const auto& it : items) {
      set_step st;
      st.kind = static_cast<int>(it.kind);
      if (it.kind == ast::set_kind::property) {
        st.target_entity = binder_.bind(it.target->children[0], s);
        st.key = it.target->name;
      } else {
        st.variable = require(it.variable, it.value ? it.value->offset : 0, s);
      }
      st.value = binder_.bind(it.value, s);
      st.labels = it.labels;
      steps.push_back(st);
    }
    return steps;
  }

  // ---- projections: WITH and RETURN ---------------------------------------------------
  op_ptr plan_projection(op_ptr current, const ast::parsed_projection& p, scope& s, bool is_return,
                         std::vector<std::string>* columns) {
    std::vector<ast::parsed_projection_item> items;
    if (p.star) {
      if (s.empty()) binder_.semantic(p.offset, "NoVariablesInScope", "RETURN * needs variables in scope");
      std::vector<std::string> names = s.names();
      std::sort(names.begin(), names.end());
      for (const auto& n : names) {
        if (n.rfind("  ", 0) == 0) continue; // anonymous
        auto e = std::make_shared<ast::parsed_expression>();
        e->kind = expr_kind::variable;
        e->name = n;
        e->text = n;
        items.push_back({e, n, true});
      }
    }
    items.insert(items.end(), p.items.begin(), p.items.end());

    std::set<std::string> seen;
    for (const auto& it : items) {
      if (!is_return && !it.has_alias && it.expression->kind != expr_kind::variable)
        binder_.semantic(it.expression->offset, "NoExpressionAlias", "expression in WITH must be aliased (use AS)");
      if (!seen.insert(it.alias).second)
        binder_.semantic(it.expression->offset, "ColumnNameConflict", "column name `" + it.alias + "` is used twice");
    }

    std::vector<aggregate_spec> aggregates;
    std::vector<bound_ptr> bound;
    bool any_aggregate = false;
    for (const auto& it : items) {
      bound.push_back(binder_.bind(it.expression, s, &aggregates));
      if (binder_.contains_aggregate(it.expression)) any_aggregate = true;
    }

    scope next;
    std::vector<slot> out_slots;
    op_ptr op;
    if (any_aggregate) {
      check_ambiguous_aggregation(items);
      auto agg = make_op(op_kind::aggregate, current);
      auto post = make_op(op_kind::project, agg);
      for (std::size_t i = 0; i < items.size(); ++i) {
        const slot target = binder_.new_slot(items[i].alias);
        if (binder_.contains_aggregate(items[i].expression)) post->projections.emplace_back(bound[i], target);
        else {
          agg->projections.emplace_back(bound[i], target);
          agg->keys.push_back(target);
        }
        out_slots.push_back(target);
      }
      agg->aggregates = aggregates;
      agg->detail = describe_items(items);
      op = post;
    } else {
      op = make_op(op_kind::project, current);
      for (std::size_t i = 0; i < items.size(); ++i) {
        const slot target = binder_.new_slot(items[i].alias);
        op->projections.emplace_back(bound[i], target);
        out_slots.push_back(target);
      }
      op->detail = describe_items(items);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      variable_type t = variable_type::any;
      const auto k = items[i].expression->kind;
      if (k == expr_kind::variable) {
        if (auto v = s.find(items[i].expression->name)) t = v->type;
      } else if ((k == expr_kind::literal && !items[i].expression->literal.is_null()) || k == expr_kind::list ||
                 k == expr_kind::map) {
        t = variable_type::value;
      }
      next.add(items[i].alias, {out_slots[i], t});
    }

    if (p.distinct) {
      op = make_op(op_kind::distinct, op);
      op->keys = out_slots;
    }

    if (!p.order_by.empty()) {
      // ORDER BY sees the projected names, and (without aggregation or
      // DISTINCT) the variables from before the projection too.
      scope order_scope = (any_aggregate || p.distinct) ? scope{} : s;
      for (const auto& name : next.names()) order_scope.add(name, *next.find(name));
      auto sort = make_op(op_kind::sort, op);
      for (const auto& si : p.order_by) {
        bound_ptr key;
        for (std::size_t i = 0; i < items.size(); ++i)
          if (items[i].expression->text == si.expression->text) {
            key = std::make_shared<bound_expression>();
            key->kind = expr_kind::variable;
            key->var = out_slots[i];
            key->text = si.expression->text;
          }
        if (!key) {
          if (binder_.contains_aggregate(si.expression)) {
            if (!any_aggregate)
              binder_.semantic(si.expression->offset, "InvalidAggregation",
                               "ORDER BY cannot aggregate unless the projection does");
            binder_.semantic(si.expression->offset, "InvalidAggregation",
                             "ORDER BY may only use aggregates that are projected");
          }
          try {
            key = binder_.bind(si.expression, order_scope);
          } catch (const semantic_error& e) {
            if ((any_aggregate || p.distinct) && e.detail() == "UndefinedVariable")
              binder_.semantic(si.expression->offset, any_aggregate ? "AmbiguousAggregationExpression" : "UndefinedVariable",
                               "ORDER BY after " + std::string(any_aggregate ? "aggregation" : "DISTINCT") +
                                   " can only use projected values");
            throw;
          }
        }
        sort->sort_keys.push_back({key, si.descending});
        sort->detail += (sort->detail.empty() ? "" : ", ") + si.expression->text + (si.descending ? " DESC" : "");
      }
      op = sort;
    }
    if (p.skip || p.limit) {
      auto sl = make_op(op_kind::skip_limit, op);
      sl->expression = bind_constant(p.skip, "SKIP");
      sl->limit = bind_constant(p.limit, "LIMIT");
      if (op->kind == op_kind::sort && !p.skip) op->limit = sl->limit; // top-k
      op = sl;
    }
    if (p.where) {
      // Like ORDER BY, WITH … WHERE also sees the variables from before the projection.
      scope where_scope = (any_aggregate || p.distinct) ? scope{} : s;
      for (const auto& name : next.names()) where_scope.add(name, *next.find(name));
      auto f = make_op(op_kind::filter, op);
      f->expression = binder_.bind(p.where, where_scope);
      f->detail = p.where->text;
      op = f;
    }
    if (is_return) {
      auto produce = make_op(op_kind::produce, op);
      produce->keys = out_slots;
      for (const auto& it : items) produce->columns.push_back(it.alias);
      *columns = produce->columns;
      op = produce;
    }
    s = next;
    return op;
  }

  bound_ptr bind_constant(const ast::expr_ptr& e, const char* what) {
    if (!e) return nullptr;
    scope empty;
    try {
      return binder_.bind(e, empty);
    } catch (const semantic_error& err) {
      if (err.detail() == "UndefinedVariable")
        binder_.semantic(e->offset, "NonConstantExpression", std::string(what) + " needs a constant expression");
      throw;
    }
  }

  static std::string describe_items(const std::vector<ast::parsed_projection_item>& items) {
    std::string d;
    for (const auto& it : items) d += (d.empty() ? "" : ", ") + (it.has_alias ? it.expression->text + " AS " + it.alias : it.alias);
    return d;
  }

  // In `RETURN n.x, n.y + count(*)`, n.y is neither grouped nor aggregated.
  void check_ambiguous_aggregation(const std::vector<ast::parsed_projection_item>& items) {
    std::set<std::string> keys;
    for (const auto& it : items)
      if (!binder_.contains_aggregate(it.expression)) keys.insert(it.expression->text);
    std::function<void(const ast::expr_ptr&)> walk = [&](const ast::expr_ptr& e) {
      if (!e || keys.count(e->text)) return;
      if (!binder_.contains_aggregate(e)) {
        if (e->kind == expr_kind::variable)
          binder_.semantic(e->offset, "AmbiguousAggregationExpression",
                           "`" + e->text + "` is used beside an aggregate but is not a grouping key");
        if (e->kind == expr_kind::property && e->children[0]->kind == expr_kind::variable)
          binder_.semantic(e->offset, "AmbiguousAggregationExpression",
                           "`" + e->text + "` is used beside an aggregate but is not a grouping key");
      }
      if (e->kind == expr_kind::function && function::find_aggregate(lower(e->name))) return;
      for (const auto& c : e->children) walk(c);
      walk(e->case_subject);
      walk(e->case_else);
      for (const auto& [w, t] : e->case_whens) walk(w), walk(t);
    };
    for (const auto& it : items)
      if (binder_.contains_aggregate(it.expression)) walk(it.expression);
  }

  static std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  // ---- MATCH ------------------------------------------------------------------------
  // Registers the variables of a pattern in scope; returns which were new.
  void declare_pattern(const std::vector<ast::parsed_pattern_part>& parts, scope& s, std::set<std::string>& fresh,
                       bool for_create) {
    auto declare = [&](const std::string& name, variable_type t, std::size_t offset,
                       const std::vector<std::string>& labels = {}) {
      if (name.empty()) return;
      if (const variable_info* v = s.find(name)) {
        if (v->type == t) s.add_labels(name, labels);
        if (v->type != t && v->type != variable_type::any && !(t == variable_type::relationship_list && v->type == variable_type::relationship_list))
          binder_.semantic(offset, "VariableTypeConflict", "variable `" + name + "` is already bound to a different kind of value");
        if (v->type == variable_type::any && t != variable_type::node && !fresh.count(name))
          binder_.semantic(offset, "VariableTypeConflict", "variable `" + name + "` is already bound to a different kind of value");
        if (t == variable_type::relationship && fresh.count(name))
          binder_.semantic(offset, "RelationshipUniquenessViolation", "relationship variable `" + name + "` is used twice in one pattern");
        return;
      }
      s.add(name, {binder_.new_slot(name), t, labels});
      fresh.insert(name);
    };
    for (const auto& part : parts) {
      for (std::size_t i = 0; i < part.nodes.size(); ++i) {
        declare(part.nodes[i].variable, variable_type::node, part.nodes[i].offset, part.nodes[i].labels);
        if (i < part.rels.size())
          declare(part.rels[i].variable,
                  part.rels[i].variable_length ? variable_type::relationship_list : variable_type::relationship,
                  part.rels[i].offset, part.rels[i].types.size() == 1 ? part.rels[i].types : std::vector<std::string>{});
      }
      if (!part.path_variable.empty()) {
        if (s.find(part.path_variable))
          binder_.semantic(part.offset, "VariableAlreadyBound", "variable `" + part.path_variable + "` is already defined");
        declare(part.path_variable, variable_type::path, part.offset);
      }
    }
  }

  slot node_slot(const ast::parsed_node_pattern& n, scope& s) {
    if (!n.variable.empty()) return s.find(n.variable)->where;
    return binder_.new_slot("  anon");
  }

  // n.key = value for each entry of an inline property map.
  void property_predicates(const ast::expr_ptr& props, const std::string& var_text, slot where, const scope& s,
                           std::vector<pending_predicate>& preds, std::size_t offset) {
    if (!props) return;
    auto entity = std::make_shared<bound_expression>();
    entity->kind = expr_kind::variable;
    entity->var = where;
    entity->text = var_text;
    if (props->kind == expr_kind::parameter) {
      auto b = std::make_shared<bound_expression>();
      b->kind = expr_kind::function;
      b->name = "__properties_match";
      b->function = function::find_scalar("__properties_match")->fn;
      b->children = {entity, binder_.bind(props, s)};
      pending_predicate p{b, {where}};
      collect_slots(b->children[1], p.needs, p.opaque);
      preds.push_back(p);
      return;
    }
    for (std::size_t i = 0; i < props->names.size(); ++i) {
      auto prop = std::make_shared<bound_expression>();
      prop->kind = expr_kind::property;
      prop->name = props->names[i];
      prop->children = {entity};
      prop->text = var_text + "." + props->names[i];
      auto eq = std::make_shared<bound_expression>();
      eq->kind = expr_kind::binary;
      eq->name = "=";
      eq->children = {prop, binder_.bind(props->children[i], s)};
      eq->text = prop->text + " = " + props->children[i]->text;
      pending_predicate p{eq, {where}};
      p.key = props->names[i];
      collect_slots(eq->children[1], p.needs, p.opaque);
      preds.push_back(p);
    }
  }

  op_ptr apply_ready(op_ptr current, std::vector<pending_predicate>& preds, const std::set<slot>& bound_slots, bool final) {
    for (auto& p : preds) {
      if (p.applied) continue;
      if (p.opaque && !final) continue;
      if (!std::includes(bound_slots.begin(), bound_slots.end(), p.needs.begin(), p.needs.end())) {
        if (!final) continue;
      }
      auto f = make_op(op_kind::filter, current);
      f->expression = p.predicate;
      f->detail = p.predicate->text;
      current = f;
      p.applied = true;
    }
    return current;
  }


  // A limit, not a rule of the language: each relationship of a pattern is one more join.
  void check_pattern_length(const std::vector<ast::parsed_pattern_part>& parts) const {
    for (const auto& part : parts)
      if (part.rels.size() > max_pattern_length_)
        binder_.over_limit(part.offset, "PatternTooLong",
                         "the pattern has " + std::to_string(part.rels.size()) +
                             " relationships, more than max_pattern_length (" + std::to_string(max_pattern_length_) +
                             "); raise database::limits().max_pattern_length");
  }

  op_ptr plan_match(op_ptr current, const ast::parsed_match& m, scope& s) {
    std::set<std::string> fresh;
    std::set<slot> bound_slots;
    for (const auto& name : s.names()) bound_slots.insert(s.find(name)->where);
    check_pattern_length(m.pattern);
    for (const auto& part : m.pattern) {
      for (const auto& n : part.nodes)
        for (const auto& l : n.labels) binder_.check_label(l, n.offset);
      for (const auto& r : part.rels)
        for (const auto& t : r.types) binder_.check_rel_type(t, r.offset);
    }
    for (const auto& part : m.pattern) {
      for (const auto& n : part.nodes)
        if (n.properties && n.properties->kind == expr_kind::parameter)
          binder_.semantic(n.properties->offset, "InvalidParameterUse", "a parameter cannot stand for a property map in MATCH; write {key: $value}");
      for (const auto& r : part.rels)
        if (r.properties && r.properties->kind == expr_kind::parameter)
          binder_.semantic(r.properties->offset, "InvalidParameterUse", "a parameter cannot stand for a property map in MATCH; write {key: $value}");
    }
    declare_pattern(m.pattern, s, fresh, false);

    if (m.as_of && m.as_of->kind == expr_kind::literal && !m.as_of->literal.is_null() &&
        !m.as_of->literal.is<partial_date>())
      binder_.type(m.as_of->offset, "InvalidArgumentType",
                   "AS OF needs a date, like date('1864-12-01'); was given " + m.as_of->text);
    bound_ptr as_of = m.as_of ? binder_.bind(m.as_of, s) : nullptr;

    std::vector<pending_predicate> preds;
    std::vector<ast::expr_ptr> conjuncts;
    split_conjuncts(m.where, conjuncts);
    for (const auto& c : conjuncts) {
      if (binder_.contains_aggregate(c))
        binder_.semantic(c->offset, "InvalidAggregation", "aggregates are not allowed in WHERE");
      pending_predicate p{binder_.bind(c, s)};
      p.source = c;
      collect_slots(p.predicate, p.needs, p.opaque);
      preds.push_back(p);
    }

    std::vector<slot> rels_in_match;
    for (std::size_t pi = 0; pi < m.pattern.size(); ++pi) {
      const auto& part = m.pattern[pi];
      std::vector<slot> nodes(part.nodes.size());
      std::vector<slot> rels(part.rels.size());
      for (std::size_t i = 0; i < part.nodes.size(); ++i) nodes[i] = node_slot(part.nodes[i], s);
      for (std::size_t i = 0; i < part.rels.size(); ++i)
        rels[i] = part.rels[i].variable.empty() ? binder_.new_slot("  anon") : s.find(part.rels[i].variable)->where;

      // Node properties and labels become predicates, checked as soon as the node is bound.
      std::vector<pending_predicate> node_preds;
      for (std::size_t i = 0; i < part.nodes.size(); ++i)
        property_predicates(part.nodes[i].properties, part.nodes[i].variable, nodes[i], s, node_preds, part.nodes[i].offset);

      const bool connected = std::any_of(nodes.begin(), nodes.end(), [&](slot x) { return bound_slots.count(x); });

      // A disconnected part joined to what we have by an equality: hash join.
      if (!connected && pi > 0 && part.search == ast::path_search::none && !bound_slots.empty()) {
        std::set<slot> part_slots(nodes.begin(), nodes.end());
        part_slots.insert(rels.begin(), rels.end());
        for (auto& p : preds) {
          if (p.applied || p.opaque || p.predicate->kind != expr_kind::binary || p.predicate->name != "=") continue;
          std::set<slot> l, r;
          bool o1 = false, o2 = false;
          collect_slots(p.predicate->children[0], l, o1);
          collect_slots(p.predicate->children[1], r, o2);
          auto within = [](const std::set<slot>& a, const std::set<slot>& b) {
            return !a.empty() && std::includes(b.begin(), b.end(), a.begin(), a.end());
          };
          bool left_probe = within(l, bound_slots) && within(r, part_slots);
          bool right_probe = within(r, bound_slots) && within(l, part_slots);
          if (o1 || o2 || (!left_probe && !right_probe)) continue;
          std::set<slot> build_bound;
          auto build = make_op(op_kind::argument);
          build = plan_part(build, part, nodes, rels, s, build_bound, node_preds, preds, as_of, {}, true);
          auto join = make_op(op_kind::hash_join, current);
          join->children.push_back(build);
          join->probe_keys.push_back(left_probe ? p.predicate->children[0] : p.predicate->children[1]);
          join->build_keys.push_back(left_probe ? p.predicate->children[1] : p.predicate->children[0]);
          join->detail = p.predicate->text;
          p.applied = true;
          current = join;
          bound_slots.insert(build_bound.begin(), build_bound.end());
          for (slot x : build_bound) join->keys.push_back(x);
          goto next_part;
        }
      }
      current = plan_part(current, part, nodes, rels, s, bound_slots, node_preds, preds, as_of, rels_in_match, false);
    next_part:
      for (std::size_t i = 0; i < rels.size(); ++i) rels_in_match.push_back(rels[i]);
      if (!part.path_variable.empty()) {
        auto pb = make_op(op_kind::path_build, current);
        pb->path = s.find(part.path_variable)->where;
        if (part.search == ast::path_search::none) {
          pb->path_nodes = nodes;
          pb->path_rels = rels;
          for (const auto& r : part.rels) pb->path_rel_is_list.push_back(r.variable_length);
        } else {
          pb->path_nodes = {nodes.front(), nodes.back()};
          pb->path_rels = rels;
          pb->path_rel_is_list = {true};
        }
        pb->detail = part.path_variable;
        bound_slots.insert(pb->path);
        current = pb;
      }
      current = apply_ready(current, preds, bound_slots, false);
    }
    return apply_ready(current, preds, bound_slots, true);
  }

  std::size_t choose_start(const ast::parsed_pattern_part& part, const std::vector<slot>& nodes,
                           const std::set<slot>& bound_slots) {
    for (std::size_t i = 0; i < nodes.size(); ++i)
      if (bound_slots.count(nodes[i])) return i;
    for (std::size_t i = 0; i < nodes.size(); ++i)
      if (seek_key(part.nodes[i])) return i;
    std::size_t best = 0, best_count = ~std::size_t{0};
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      for (const auto& l : part.nodes[i].labels) {
        auto sym = graph_.find_symbol(l);
        const std::size_t count = sym ? graph_.nodes_with_label(*sym).size() : 0;
        if (count < best_count) best_count = count, best = i;
      }
    }
    return best;
  }

  // The primary-key value of an inline property map, when the label is declared.
  ast::expr_ptr seek_key(const ast::parsed_node_pattern& n) {
    if (!n.properties || n.properties->kind != expr_kind::map) return nullptr;
    for (const auto& l : n.labels)
      if (auto t = graph_.schema().find_node_table(l))
        for (std::size_t i = 0; i < n.properties->names.size(); ++i)
          if (n.properties->names[i] == t->primary_key) {
            const auto k = n.properties->children[i]->kind;
            if (k == expr_kind::literal || k == expr_kind::parameter) return n.properties->children[i];
          }
    return nullptr;
  }

  op_ptr node_filters(op_ptr current, const ast::parsed_node_pattern& n, slot where, bool skip_first_label) {
    for (std::size_t i = skip_first_label ? 1 : 0; i < n.labels.size(); ++i) {
      auto f = make_op(op_kind::filter, current);
      auto e = std::make_shared<bound_expression>();
      e->kind = expr_kind::label_check;
      auto v = std::make_shared<bound_expression>();
      v->kind = expr_kind::variable;
      v->var = where;
      e->children = {v};
      e->names = {n.labels[i]};
      e->text = (n.variable.empty() ? "anon" : n.variable) + ":" + n.labels[i];
      f->expression = e;
      f->detail = e->text;
      current = f;
    }
    return current;
  }

  op_ptr plan_part(op_ptr current, const ast::parsed_pattern_part& part, const std::vector<slot>& nodes,
                   const std::vector<slot>& rels, scope& s, std::set<slot>& bound_slots,
                   std::vector<pending_predicate>& node_preds, std::vector<pending_predicate>& preds,
                   const bound_ptr& as_of, std::vector<slot> rels_in_match, bool isolated) {
    auto ready = [&](op_ptr c) {
      c = apply_ready(c, node_preds, bound_slots, false);
      return isolated ? apply_local(c, preds, bound_slots) : apply_ready(c, preds, bound_slots, false);
    };
    if (part.search != ast::path_search::none) {
      if (part.rels.size() != 1)
        binder_.semantic(part.offset, "UnexpectedSyntax", "shortestPath needs a pattern with one relationship");
      for (std::size_t i : {std::size_t{0}, part.nodes.size() - 1}) {
        if (!bound_slots.count(nodes[i])) {
          current = scan(current, part.nodes[i], nodes[i]);
          bound_slots.insert(nodes[i]);
          current = ready(current);
        }
      }
      auto sp = make_op(op_kind::shortest_path, current);
      fill_rel(*sp, part.rels[0], nodes[0], rels[0], nodes.back(), true, as_of);
      sp->all_shortest = part.search == ast::path_search::all_shortest;
      sp->detail = describe_rel(part.rels[0], sp->all_shortest ? "all shortest" : "shortest");
      bound_slots.insert(rels[0]);
      return ready(sp);
    }
    const std::size_t start = choose_start(part, nodes, bound_slots);
    if (!bound_slots.count(nodes[start])) {
      current = scan(current, part.nodes[start], nodes[start]);
      bound_slots.insert(nodes[start]);
      // An index seek already checked the key: its predicate is done.
      if (!seek_key_.empty())
        for (auto& p : node_preds)
          if (p.key == seek_key_ && p.needs == std::set<slot>{nodes[start]}) p.applied = true;
    } else {
      current = node_filters(current, part.nodes[start], nodes[start], false);
    }
    current = ready(current);
    auto step = [&](std::size_t rel_index, std::size_t from, std::size_t to, bool reversed) {
      const auto& r = part.rels[rel_index];
      const bool to_bound = bound_slots.count(nodes[to]) > 0;
      auto op = make_op(r.variable_length ? op_kind::var_expand : op_kind::expand, current);
      fill_rel(*op, r, nodes[from], rels[rel_index], nodes[to], to_bound, as_of);
      op->rel_bound = bound_slots.count(rels[rel_index]) > 0;
      op->reversed = reversed;
      if (reversed && op->dir != ast::direction::both)
        op->dir = op->dir == ast::direction::outgoing ? ast::direction::incoming : ast::direction::outgoing;
      op->distinct_rels = rels_in_match;
      rels_in_match.push_back(rels[rel_index]);
      if (r.properties) {
        // relationship properties: checked on each relationship (see exec)
        auto entity = std::make_shared<bound_expression>();
        entity->kind = expr_kind::variable;
        entity->var = bind::no_slot;
        op->expression = binder_.bind(r.properties, s);
      }
      op->detail = describe_rel(r, "") + " " + std::string(reversed ? "(reverse)" : "");
      current = op;
      bound_slots.insert(nodes[to]);
      bound_slots.insert(rels[rel_index]);
      current = node_filters(current, part.nodes[to], nodes[to], false);
      current = ready(current);
    };
    for (std::size_t i = start; i < part.rels.size(); ++i) step(i, i, i + 1, false);
    for (std::size_t i = start; i-- > 0;) step(i, i + 1, i, true);
    return current;
  }

  // Predicates over only what an isolated (hash-join build) part binds.
  op_ptr apply_local(op_ptr current, std::vector<pending_predicate>& preds, const std::set<slot>& local) {
    for (auto& p : preds) {
      if (p.applied || p.opaque || p.needs.empty()) continue;
      if (!std::includes(local.begin(), local.end(), p.needs.begin(), p.needs.end())) continue;
      auto f = make_op(op_kind::filter, current);
      f->expression = p.predicate;
      f->detail = p.predicate->text;
      current = f;
      p.applied = true;
    }
    return current;
  }

  std::string describe_rel(const ast::parsed_rel_pattern& r, const std::string& prefix) {
    std::string d = prefix.empty() ? "" : prefix + " ";
    d += r.dir == ast::direction::incoming ? "<-[" : "-[";
    d += r.variable;
    for (std::size_t i = 0; i < r.types.size(); ++i) d += (i ? "|" : ":") + r.types[i];
    if (r.variable_length)
      d += "*" + (r.min_hops ? std::to_string(*r.min_hops) : "") + ".." + (r.max_hops ? std::to_string(*r.max_hops) : "");
    d += r.dir == ast::direction::outgoing ? "]->" : "]-";
    for (const auto& t : r.types)
      if (auto table = graph_.schema().find_rel_table(t); table && table->is_derived()) d += " (derived " + t + ")";
    return d;
  }

  void fill_rel(logical_operator& op, const ast::parsed_rel_pattern& r, slot from, slot rel, slot to, bool to_bound,
                const bound_ptr& as_of) {
    op.node = from;
    op.rel = rel;
    op.to = to;
    op.to_bound = to_bound;
    op.dir = r.dir;
    op.valid_at = as_of;
    for (const auto& t : r.types) {
      const symbol sym = symbol_of(t);
      if (std::find(op.types.begin(), op.types.end(), sym) == op.types.end()) op.types.push_back(sym);
    }
    if (!r.types.empty() && op.types.empty()) op.types_missing = true;
    if (r.types.empty() && untyped_ == untyped_patterns::read_all_types) reads_any_type_ = true;
    for (symbol t : op.types)
      if (std::find(reads_types_.begin(), reads_types_.end(), t) == reads_types_.end()) reads_types_.push_back(t);
    mark_derived_types(op);
    if (r.variable_length) {
      op.min_hops = r.min_hops.value_or(1);
      op.max_hops = r.max_hops.value_or(-1);
    }
    if (r.properties) op.expression = nullptr;
  }

  // What a pattern over derived types needs at run time: a symmetric type is
  // followed from both ends whatever the arrow says, a definition's untyped
  // pattern skips derived types, and the pattern refreshes the derived types
  // it reads when a write statement changed them before it.
  void mark_derived_types(logical_operator& op) {
    if (op.types_missing) return;
    for (const auto& [name, table] : graph_.schema().rel_tables()) {
      if (!table.is_derived()) continue;
      const auto sym = graph_.find_symbol(name);
      if (!sym) continue;
      const bool named = std::find(op.types.begin(), op.types.end(), *sym) != op.types.end();
      if (op.types.empty() && untyped_ == untyped_patterns::read_stored_types) {
        op.skipped_types.push_back(*sym);
        continue;
      }
      if (!named && !op.types.empty()) continue;
      op.reads_derived = true;
      if (table.symmetric) op.symmetric_types.push_back(*sym);
    }
  }

  op_ptr scan(op_ptr current, const ast::parsed_node_pattern& n, slot where) {
    seek_key_.clear();
    if (auto key = seek_key(n)) {
      auto op = make_op(op_kind::node_seek, current);
      op->node = where;
      op->label = symbol_of(n.labels.front());
      for (const auto& l : n.labels)
        if (graph_.schema().find_node_table(l)) op->label = symbol_of(l);
      op->label_missing = !op->label;
      scope empty;
      op->expression = binder_.bind(key, empty);
      op->detail = (n.variable.empty() ? "anon" : n.variable) + ":" + graph_.name(op->label.value_or(0)) + " key = " + key->text;
      if (op->label_missing) op->detail = "(label missing)";
      seek_key_ = graph_.schema().find_node_table(graph_.name(*op->label))->primary_key;
      ast::parsed_node_pattern rest = n;
      std::erase(rest.labels, graph_.name(*op->label));
      return node_filters(op, rest, where, false);
    }
    auto op = make_op(op_kind::node_scan, current);
    op->node = where;
    if (!n.labels.empty()) {
      // Scan the smallest label; the other labels are filters.
      std::size_t best = 0, best_count = ~std::size_t{0};
      for (std::size_t i = 0; i < n.labels.size(); ++i) {
        auto sym = graph_.find_symbol(n.labels[i]);
        const std::size_t c = sym ? graph_.nodes_with_label(*sym).size() : 0;
        if (c < best_count) best_count = c, best = i;
      }
      op->label = symbol_of(n.labels[best]);
      op->detail = (n.variable.empty() ? "anon" : n.variable) + ":" + n.labels[best];
      ast::parsed_node_pattern rest = n;
      rest.labels.erase(rest.labels.begin() + static_cast<long>(best));
      return node_filters(op, rest, where, false);
    }
    op->detail = n.variable.empty() ? "anon" : n.variable;
    return op;
  }

  // ---- CREATE and MERGE --------------------------------------------------------------
  void check_create_pattern(const std::vector<ast::parsed_pattern_part>& parts, const scope& s, bool merge = false) {
    std::set<std::string> declared_here;
    for (const auto& part : parts) {
      if (part.nodes.size() == 1 && !part.nodes[0].variable.empty() && s.find(part.nodes[0].variable))
        binder_.semantic(part.nodes[0].offset, "VariableAlreadyBound",
                         "variable `" + part.nodes[0].variable + "` is already defined");
      for (const auto& n : part.nodes) {
        if (n.variable.empty() || s.find(n.variable)) continue;
        if (declared_here.count(n.variable) && (!n.labels.empty() || n.properties))
          binder_.semantic(n.offset, "VariableAlreadyBound", "variable `" + n.variable + "` is already defined");
        declared_here.insert(n.variable);
      }
      for (const auto& r : part.rels) {
        if (r.types.size() != 1)
          binder_.semantic(r.offset, "NoSingleRelationshipType", "a relationship to create needs exactly one type");
        if (r.dir == ast::direction::both && !merge)
          binder_.semantic(r.offset, "RequiresDirectedRelationship", "a relationship to create needs a direction");
        if (r.variable_length)
          binder_.semantic(r.offset, "CreatingVarLength", "cannot create a variable-length relationship");
        if (!r.variable.empty() && s.find(r.variable))
          binder_.semantic(r.offset, "VariableAlreadyBound", "variable `" + r.variable + "` is already defined");
      }
      for (const auto& n : part.nodes)
        if (!n.variable.empty() && s.find(n.variable) && (!n.labels.empty() || n.properties) && part.nodes.size() == 1)
          binder_.semantic(n.offset, "VariableAlreadyBound", "variable `" + n.variable + "` is already defined");
        else if (!n.variable.empty() && s.find(n.variable) && (!n.labels.empty() || n.properties))
          binder_.semantic(n.offset, "VariableAlreadyBound", "variable `" + n.variable + "` is already defined");
    }
  }

  void fill_create(logical_operator& op, const std::vector<ast::parsed_pattern_part>& parts, scope& s) {
    std::set<std::string> declared;
    for (const auto& part : parts) {
      std::vector<slot> slots;
      for (const auto& n : part.nodes) {
        create_node cn;
        if (!n.variable.empty() && s.find(n.variable)) {
          if (s.find(n.variable)->type != variable_type::node && s.find(n.variable)->type != variable_type::any)
            binder_.semantic(n.offset, "VariableTypeConflict", "variable `" + n.variable + "` is not a node");
          cn.where = s.find(n.variable)->where;
          cn.bound = true;
        } else {
          cn.where = binder_.new_slot(n.variable.empty() ? "  anon" : n.variable);
          cn.labels = n.labels;
          cn.properties = binder_.bind(n.properties, s);
          if (!n.variable.empty()) s.add(n.variable, {cn.where, variable_type::node});
        }
        slots.push_back(cn.where);
        op.create_nodes.push_back(cn);
      }
      for (std::size_t i = 0; i < part.rels.size(); ++i) {
        const auto& r = part.rels[i];
        create_rel cr;
        cr.where = binder_.new_slot(r.variable.empty() ? "  anon" : r.variable);
        cr.type = r.types[0];
        const bool out = r.dir != ast::direction::incoming; // MERGE's undirected creates left to right
        cr.from = out ? slots[i] : slots[i + 1];
        cr.to = out ? slots[i + 1] : slots[i];
        cr.properties = binder_.bind(r.properties, s);
        if (!r.variable.empty()) s.add(r.variable, {cr.where, variable_type::relationship});
        op.create_rels.push_back(cr);
      }
      if (!part.path_variable.empty()) {
        op.path = binder_.new_slot(part.path_variable);
        op.path_nodes = slots;
        for (const auto& cr : op.create_rels) op.path_rels.push_back(cr.where);
        s.add(part.path_variable, {op.path, variable_type::path});
      }
    }
  }

  op_ptr plan_create(op_ptr current, const std::vector<ast::parsed_pattern_part>& parts, scope& s) {
    check_create_pattern(parts, s);
    for (const auto& part : parts) {
      for (const auto& n : part.nodes)
        if (n.properties) check_no_aggregate(n.properties);
      for (const auto& r : part.rels)
        if (r.properties) check_no_aggregate(r.properties);
    }
    auto op = make_op(op_kind::create, current);
    fill_create(*op, parts, s);
    std::string d;
    for (const auto& cn : op->create_nodes)
      if (!cn.bound) d += (d.empty() ? "" : ", ") + std::string("node");
    for (const auto& cr : op->create_rels) d += (d.empty() ? "" : ", ") + (":" + cr.type);
    op->detail = d;
    return op;
  }

  void check_no_aggregate(const ast::expr_ptr& e) {
    if (binder_.contains_aggregate(e)) binder_.semantic(e->offset, "InvalidAggregation", "aggregates are not allowed here");
  }

  op_ptr plan_merge(op_ptr current, const ast::parsed_merge& m, scope& s) {
    check_create_pattern({m.pattern}, s, true);
    for (const auto& n : m.pattern.nodes)
      if (n.properties && n.properties->kind == expr_kind::map)
        for (std::size_t i = 0; i < n.properties->children.size(); ++i)
          if (n.properties->children[i]->kind == expr_kind::literal && n.properties->children[i]->literal.is_null())
            binder_.semantic(n.properties->children[i]->offset, "MergeReadOwnWrites",
                             "cannot MERGE a node with a null property");
    scope match_scope = s;
    ast::parsed_match pm;
    pm.pattern.push_back(m.pattern);
    auto matcher = plan_match(make_op(op_kind::argument), pm, match_scope);
    auto op = make_op(op_kind::merge, current);
    op->children.push_back(matcher);
    // The creation reuses the slots the match binds, so later clauses see one set.
    scope create_scope = s;
    fill_create(*op, {m.pattern}, create_scope);
    for (std::size_t i = 0; i < m.pattern.nodes.size(); ++i) {
      const auto& n = m.pattern.nodes[i];
      if (!n.variable.empty() && !s.find(n.variable)) op->create_nodes[i].where = match_scope.find(n.variable)->where;
    }
    for (std::size_t i = 0; i < m.pattern.rels.size(); ++i) {
      const auto& r = m.pattern.rels[i];
      if (!r.variable.empty()) op->create_rels[i].where = match_scope.find(r.variable)->where;
      const bool out = r.dir != ast::direction::incoming;
      op->create_rels[i].from = op->create_nodes[out ? i : i + 1].where;
      op->create_rels[i].to = op->create_nodes[out ? i + 1 : i].where;
    }
    if (!m.pattern.path_variable.empty()) {
      op->path = match_scope.find(m.pattern.path_variable)->where;
      op->path_nodes.clear();
      op->path_rels.clear();
      for (const auto& cn : op->create_nodes) op->path_nodes.push_back(cn.where);
      for (const auto& cr : op->create_rels) op->path_rels.push_back(cr.where);
    }
    s = match_scope;
    for (const auto& name : s.names()) op->keys.push_back(s.find(name)->where);
    op->on_create = bind_set_items(m.on_create, s);
    op->on_match = bind_set_items(m.on_match, s);
    op->detail = m.pattern.nodes.size() == 1 ? "node" : "pattern";
    return op;
  }

  // A label's or type's symbol. Making a new one changes the graph's symbol
  // table, which only a writer may do: under name_policy::existing_only the
  // caller is told to plan again as one.
  symbol symbol_of(const std::string& name) {
    if (auto s = graph_.find_symbol(name)) return *s;
    if (names_ == name_policy::existing_only) throw needs_new_names{};
    return graph_.intern(name);
  }

  graph& graph_;
  binder binder_;
  std::size_t max_pattern_length_, max_clauses_;
  name_policy names_;
  untyped_patterns untyped_;
  std::size_t clauses_ = 0;
  bool writes_ = false;
  std::vector<symbol> reads_types_;
  bool reads_any_type_ = false; // also set by a procedure that reads relationships
  const std::string& script_;
  const procedure_registry& procedures_;
  std::string seek_key_; // the key property of the last scan, when it was an index seek
};

} // namespace

logical_plan plan_query(graph& g, const ast::parsed_query& q, const std::string& script,
                        const query_limits& limits, name_policy names, const procedure_registry* procedures,
                        untyped_patterns untyped) {
  planner p(g, script, limits, names, procedures ? *procedures : annals::procedures::builtin_procedures(), untyped);
  return p.plan(q);
}

} // namespace annals::plan
