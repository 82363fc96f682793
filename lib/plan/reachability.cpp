#include "plan/reachability.hpp"

#include "plan/procedure_call_spec.hpp"

#include <map>

namespace annals::plan {

namespace {

using ast::expr_kind;

// What a plan reads: how often each slot is read as an input, across every
// operator and every sub-plan, and the sub-plans expressions run.
struct reads {
  std::map<slot, int> slots;
  struct subplan {
    op_ptr root;
    bool existence; // EXISTS { … } and pattern predicates keep one row of many
  };
  std::vector<subplan> subplans;

  void read(slot s) {
    if (s != bind::no_slot) ++slots[s];
  }
  void read(const std::vector<slot>& all) {
    for (slot s : all) read(s);
  }
  void read(const bound_ptr& e) {
    if (!e) return;
    if (e->kind == expr_kind::variable) read(e->var);
    read(e->path_slot);
    if (e->subplan)
      subplans.push_back({e->subplan, e->kind == expr_kind::exists_subquery || e->kind == expr_kind::pattern_predicate});
    for (const auto& c : e->children) read(c);
    read(e->case_subject);
    read(e->case_else);
    read(e->filter);
    read(e->mapping);
    for (const auto& [w, t] : e->case_whens) read(w), read(t);
  }
  void read(const std::vector<set_step>& steps) {
    for (const auto& s : steps) {
      read(s.target_entity);
      read(s.value);
      read(s.variable);
    }
  }

  void read(const logical_operator& op) {
    read(op.expression);
    read(op.limit);
    read(op.valid_at);
    for (const auto& [e, s] : op.projections) read(e);
    for (const auto& a : op.aggregates) read(a.argument), read(a.parameter);
    // Optional's keys are the slots it sets to null, a hash join's the slots its build side binds.
    if (op.kind != op_kind::optional && op.kind != op_kind::hash_join) read(op.keys);
    for (const auto& e : op.build_keys) read(e);
    for (const auto& e : op.probe_keys) read(e);
    for (const auto& k : op.sort_keys) read(k.key);
    read(op.distinct_rels);
    read(op.path_nodes);
    read(op.path_rels);
    if (op.kind == op_kind::expand || op.kind == op_kind::var_expand || op.kind == op_kind::shortest_path) {
      read(op.node);
      if (op.to_bound) read(op.to);
      if (op.rel_bound) read(op.rel);
    }
    for (const auto& n : op.create_nodes) read(n.properties);
    for (const auto& r : op.create_rels) read(r.from), read(r.to), read(r.properties);
    read(op.on_create);
    read(op.on_match);
    read(op.set_steps);
    for (const auto& e : op.delete_targets) read(e);
    if (op.call)
      for (const auto& e : op.call->arguments) read(e);
    for (const auto& c : op.children) read(*c);
  }
};

bool ignores_duplicates(const bind::aggregate_spec& a) {
  using bind::aggregate_kind;
  return a.distinct || a.kind == aggregate_kind::min || a.kind == aggregate_kind::max;
}

// Collects the variable-length expansions below `op` that may yield each end
// node once: `collapses` says whether an operator above keeps one row of equal
// rows with nothing between that counts or cuts rows.
void find_candidates(const op_ptr& op, bool collapses, std::vector<logical_operator*>& out) {
  bool below = false; // what the children may assume
  switch (op->kind) {
  case op_kind::distinct: below = true; break;
  case op_kind::aggregate:
    below = std::all_of(op->aggregates.begin(), op->aggregates.end(), ignores_duplicates);
    break;
  case op_kind::union_: below = collapses || op->distinct_union; break;
  case op_kind::sort: below = collapses && !op->limit; break;
  case op_kind::var_expand:
    if (collapses && op->min_hops <= 1) out.push_back(op.get());
    below = collapses;
    break;
  case op_kind::semi_apply:
    find_candidates(op->children[0], collapses, out);
    find_candidates(op->children[1], true, out); // only whether a row exists
    return;
  case op_kind::argument:
  case op_kind::node_scan:
  case op_kind::node_seek:
  case op_kind::expand:
  case op_kind::shortest_path:
  case op_kind::filter:
  case op_kind::optional:
  case op_kind::hash_join:
  case op_kind::unwind:
  case op_kind::project:
  case op_kind::produce:
  case op_kind::path_build:
  case op_kind::derived_scan: below = collapses; break;
  // Counting, cutting or writing rows: below these, multiplicities matter.
  case op_kind::skip_limit:
  case op_kind::create:
  case op_kind::merge:
  case op_kind::set:
  case op_kind::remove:
  case op_kind::delete_:
  case op_kind::eager:
  case op_kind::procedure_call: below = false; break;
  }
  for (const auto& c : op->children) find_candidates(c, below, out);
}

} // namespace

void mark_endpoints_only(const op_ptr& root) {
  reads all;
  all.read(*root);
  std::vector<logical_operator*> candidates;
  find_candidates(root, false, candidates);
  // Sub-plans (and theirs, in turn) are read and searched like the main plan.
  for (std::size_t i = 0; i < all.subplans.size(); ++i) {
    const auto sub = all.subplans[i]; // copied: reading it may add sub-plans
    all.read(*sub.root);
    find_candidates(sub.root, sub.existence, candidates);
  }
  for (auto* op : candidates)
    if (!all.slots.count(op->rel)) {
      op->endpoints_only = true;
      op->detail += " (each end node once, breadth-first)";
    }
}

} // namespace annals::plan
