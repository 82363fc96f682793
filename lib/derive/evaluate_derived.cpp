#include "derive/evaluate_derived.hpp"

#include "annals/error.hpp"
#include "derive/provenance.hpp"
#include "exec/cursor.hpp"
#include "exec/eval_context.hpp"
#include "plan/planner.hpp"
#include "values/footprint.hpp"

#include <algorithm>
#include <unordered_map>

namespace annals {

namespace detail {
// graph's writer of derived relationships, which stored writes cannot reach.
struct derived_access {
  static void clear(graph& g, symbol type) { g.clear_derived(type); }
  static void add(graph& g, node_id from, node_id to, symbol type, const value_map& properties) {
    g.add_derived_relationship(from, to, type, properties);
  }
};
} // namespace detail

namespace derive {

namespace {

// (:Person {name: 'Tomás Mejía'}): a node by its labels and primary key, as a user would look for it.
std::string describe_node(const graph& g, node_id n) {
  std::string labels, key;
  for (symbol l : g.node(n).labels) {
    labels += ":" + g.name(l);
    if (key.empty())
      if (const auto* t = g.schema().find_node_table(g.name(l)))
        if (const auto k = g.find_symbol(t->primary_key))
          if (const value* v = g.property(n, *k)) key = " {" + t->primary_key + ": " + to_cypher(*v) + "}";
  }
  if (key.empty()) key = labels.empty() ? "node " + std::to_string(n) : " node " + std::to_string(n);
  return "(" + labels + key + ")";
}

std::string shortened(const value& v) {
  std::string text = to_cypher(v);
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return std::string(to_string(v.kind())) + " " + text;
}

[[noreturn]] void refuse(const derived_type& d, std::size_t row, const std::string& what) {
  throw schema_error("SchemaError", "DerivedRowRefused",
                     "derived type " + d.name + ": row " + std::to_string(row) + " of its query " + what);
}

bool endpoints_allowed(const graph& g, const rel_table& t, node_id from, node_id to) {
  if (t.endpoints.empty()) return true;
  auto has = [&](node_id n, const std::string& label) {
    const auto l = g.find_symbol(label);
    return l && g.has_label(n, *l);
  };
  for (const auto& [f, e] : t.endpoints) {
    if (has(from, f) && has(to, e)) return true;
    if (t.symmetric && has(from, e) && has(to, f)) return true;
  }
  return false;
}

struct derived_row {
  node_id from, to;
  value_map properties;
  std::vector<std::string> citations;
};

} // namespace

void clear_derived(graph& g, symbol type) { detail::derived_access::clear(g, type); }

std::size_t evaluate_derived(graph& g, const derived_type& d, const query_limits& limits,
                             std::chrono::steady_clock::time_point deadline) {
  const rel_table* table = g.schema().find_rel_table(d.name);
  const auto p = plan::plan_query(g, d.query, d.script, limits, plan::name_policy::intern, nullptr,
                                  plan::untyped_patterns::read_stored_types);
  const std::size_t facts_at = p.columns.size() - 1; // the provenance column comes last
  value_map none;
  exec::eval_context ctx(g, none, limits);
  ctx.slot_count = p.slot_count;
  ctx.deadline = deadline;
  auto root = exec::build_cursor(*p.root, ctx);
  root->reset(exec::row(p.slot_count));
  exec::row r;
  std::vector<derived_row> rows;
  std::unordered_map<std::string, std::size_t> pairs; // a symmetric type's rows by unordered pair and properties
  const std::string what = "derived type " + d.name;
  std::size_t row = 0;
  while (root->next(r)) {
    ++row;
    ctx.check_interrupt();
    auto node_at = [&](std::size_t column, const char* end) -> std::optional<node_id> {
      if (r[column].is_null()) return std::nullopt;
      if (!r[column].is<node_ref>())
        refuse(d, row, "returns " + shortened(r[column]) + " as the " + end + " node; it must return nodes first");
      return r[column].as<node_ref>().id;
    };
    const auto from = node_at(0, "from"), to = node_at(1, "to");
    if (!from || !to) continue; // an OPTIONAL MATCH found nothing: no relationship
    if (table && !endpoints_allowed(g, *table, *from, *to)) {
      std::string allowed;
      for (const auto& [f, e] : table->endpoints) allowed += (allowed.empty() ? "" : " or ") + ("FROM " + f + " TO " + e);
      refuse(d, row, "connects " + describe_node(g, *from) + " to " + describe_node(g, *to) + ", but " + d.name +
                         " declares " + allowed);
    }
    derived_row out{*from, *to, {}, {}};
    std::string key;
    for (std::size_t k = 2; k < facts_at; ++k) {
      const value& v = r[k];
      const column* c = table ? table->find(p.columns[k]) : nullptr;
      if (c && !c->type.admits(v))
        refuse(d, row, "gives " + p.columns[k] + " the value " + shortened(v) + ", but column " + d.name + "." +
                           p.columns[k] + " is " + c->type.describe());
      key += to_cypher(v) + '\x1f';
      if (!v.is_null()) out.properties.emplace(p.columns[k], v);
    }
    add_citations(g, r[facts_at], out.citations);
    if (table && table->symmetric) {
      const auto [lo, hi] = std::minmax(*from, *to);
      key = std::to_string(lo) + ' ' + std::to_string(hi) + ' ' + key;
      const auto [it, added] = pairs.emplace(key, rows.size());
      if (!added) {
        auto& kept = rows[it->second].citations;
        for (auto& c : out.citations)
          if (std::find(kept.begin(), kept.end(), c) == kept.end()) kept.push_back(std::move(c));
        continue;
      }
      out.from = lo;
      out.to = hi;
    }
    // What it holds counts against the reading query's limits: rows, and memory.
    std::size_t bytes = sizeof(derived_row);
    for (const auto& [k, v] : out.properties) bytes += k.size() + footprint(v);
    for (const auto& c : out.citations) bytes += sizeof(std::string) + c.size();
    ctx.charge(bytes, what.c_str());
    rows.push_back(std::move(out));
    ctx.check_held(rows.size(), what.c_str(), "relationships");
  }
  detail::derived_access::clear(g, d.type);
  for (auto& x : rows) {
    if (!x.citations.empty()) {
      value_list cited(x.citations.begin(), x.citations.end());
      x.properties.emplace(citations_key, value(std::move(cited)));
    }
    detail::derived_access::add(g, x.from, x.to, d.type, x.properties);
  }
  return rows.size();
}

} // namespace derive

} // namespace annals
