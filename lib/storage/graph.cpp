#include "annals/graph.hpp"

#include "annals/error.hpp"
#include "storage/change_log.hpp"

#include <algorithm>

namespace annals {

struct graph::undo_entry {
  enum class kind { node_added, node_deleted, rel_added, rel_deleted, node_property, rel_property, label_added, label_removed };
  kind what;
  node_id node = 0;
  rel_id rel = 0;
  symbol key = 0;
  value old;
  node_id from = 0, to = 0;
  property_set rel_properties;
};

namespace {

bool by_type_then_rel(const adjacent& a, const adjacent& b) {
  return a.type != b.type ? a.type < b.type : a.rel < b.rel;
}

std::string describe_value(const value& v) {
  std::string text = to_cypher(v);
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return std::string(to_string(v.kind())) + " " + text;
}

[[noreturn]] void refuse(const std::string& detail, const std::string& message) {
  throw schema_error("SchemaError", detail, message);
}

void erase_adjacent(std::vector<adjacent>& adj, symbol type, rel_id r) {
  auto it = std::lower_bound(adj.begin(), adj.end(), adjacent{type, r, 0}, by_type_then_rel);
  if (it != adj.end() && it->rel == r) adj.erase(it);
}

// Runs `change` as one undoable unit when no statement-level transaction is open,
// so a refused change leaves nothing behind.
template <class F> auto atomically(graph& g, F&& change) {
  if (g.in_transaction()) return change();
  g.begin();
  try {
    if constexpr (std::is_void_v<decltype(change())>) {
      change();
      g.commit();
    } else {
      auto result = change();
      g.commit();
      return result;
    }
  } catch (...) {
    g.rollback();
    throw;
  }
}

// Keeps the primary-key index right when property `changed` of node `n` is set:
// `add` false before the change, true after. A property that is no label's
// primary key touches no index (the label lists do not depend on properties),
// so SET costs the same whatever the number of nodes with the label.
template <class KeyIndex>
void rekey(KeyIndex& by_key, const schema& tables, const symbol_table& symbols, const node_record& rec, node_id n,
           symbol changed, bool add) {
  for (symbol l : rec.labels) {
    const node_table* t = tables.find_node_table(symbols.name(l));
    if (!t || symbols.find(t->primary_key) != changed) continue;
    const value* key = rec.properties.get(changed);
    if (!key) continue;
    if (add) by_key[l].emplace(*key, n);
    else if (auto idx = by_key.find(l); idx != by_key.end())
      if (auto it = idx->second.find(*key); it != idx->second.end() && it->second == n) idx->second.erase(it);
  }
}

} // namespace

graph::graph() = default;
graph::~graph() = default;

std::span<const adjacent> graph::of_type(const std::vector<adjacent>& adj, symbol type) {
  auto lo = std::lower_bound(adj.begin(), adj.end(), type, [](const adjacent& a, symbol t) { return a.type < t; });
  auto hi = std::upper_bound(lo, adj.end(), type, [](symbol t, const adjacent& a) { return t < a.type; });
  return {adj.data() + (lo - adj.begin()), static_cast<std::size_t>(hi - lo)};
}

bool graph::has_label(node_id n, symbol label) const {
  const auto& labels = g_[n].labels;
  return std::binary_search(labels.begin(), labels.end(), label);
}

std::span<const node_id> graph::nodes_with_label(symbol label) const {
  auto it = by_label_.find(label);
  if (it == by_label_.end()) return {};
  return it->second;
}

std::optional<node_id> graph::find_node(std::string_view label, const value& key) const {
  auto s = symbols_.find(label);
  if (!s) return std::nullopt;
  auto idx = by_key_.find(*s);
  if (idx == by_key_.end()) return std::nullopt;
  auto it = idx->second.find(key);
  if (it == idx->second.end()) return std::nullopt;
  return it->second;
}

// ---- schema checks ------------------------------------------------------------

void graph::check_node(node_id n) const {
  const auto& rec = g_[n];
  std::vector<const node_table*> tables;
  for (symbol l : rec.labels)
    if (auto t = schema_.find_node_table(symbols_.name(l))) tables.push_back(t);
  if (tables.empty()) return;
  for (const auto& [key, v] : rec.properties) {
    const std::string& k = symbols_.name(key);
    const column* col = nullptr;
    const node_table* owner = nullptr;
    for (auto t : tables)
      if ((col = t->find(k))) {
        owner = t;
        break;
      }
    if (!col) {
      std::string declared;
      for (const auto& c : tables.front()->columns) declared += (declared.empty() ? "" : ", ") + c.name;
      refuse("UndeclaredProperty", "property " + tables.front()->name + "." + k + " is not declared (table " +
                                       tables.front()->name + " has: " + declared + ")");
    }
    if (!col->type.admits(v))
      refuse("PropertyTypeMismatch", "property " + owner->name + "." + k + " expects " + col->type.describe() +
                                         ", was given " + describe_value(v));
  }
  for (auto t : tables) {
    const value* key = rec.properties.get(symbols_.find(t->primary_key).value_or(~symbol{0}));
    if (!key) refuse("NullPrimaryKey", "primary key " + t->name + "." + t->primary_key + " must not be null");
    auto s = symbols_.find(t->name);
    if (auto idx = by_key_.find(*s); idx != by_key_.end())
      if (auto it = idx->second.find(*key); it != idx->second.end() && it->second != n)
        refuse("DuplicatePrimaryKey", "duplicate primary key " + t->name + "." + t->primary_key + " = " +
                                          to_cypher(*key) + " (node " + std::to_string(it->second) +
                                          " already has it)");
  }
}

void graph::check_rel(rel_id r) const {
  const auto& slot = rels_[r];
  const auto& rec = *slot.record;
  const rel_table* t = schema_.find_rel_table(symbols_.name(rec.type));
  if (!t) return;
  bool endpoints_ok = false;
  for (const auto& [from, to] : t->endpoints) {
    auto f = symbols_.find(from), e = symbols_.find(to);
    if (f && e && has_label(slot.from, *f) && has_label(slot.to, *e)) endpoints_ok = true;
  }
  if (!endpoints_ok) {
    auto labels_of = [&](node_id n) {
      std::string s;
      for (symbol l : g_[n].labels) s += (s.empty() ? "" : ":") + symbols_.name(l);
      return s.empty() ? std::string("(no label)") : s;
    };
    std::string expected;
    for (const auto& [from, to] : t->endpoints)
      expected += (expected.empty() ? "" : " or ") + ("FROM " + from + " TO " + to);
    refuse("EndpointMismatch", "relationship " + t->name + " expects " + expected + ", was given FROM " +
                                   labels_of(slot.from) + " TO " + labels_of(slot.to));
  }
  for (const auto& [key, v] : rec.properties) {
    const std::string& k = symbols_.name(key);
    const column* col = t->find(k);
    if (!col) {
      std::string declared;
      for (const auto& c : t->columns) declared += (declared.empty() ? "" : ", ") + c.name;
      refuse("UndeclaredProperty", "property " + t->name + "." + k + " is not declared (table " + t->name +
                                       " has: " + (declared.empty() ? "no properties" : declared) + ")");
    }
    if (!col->type.admits(v))
      refuse("PropertyTypeMismatch", "property " + t->name + "." + k + " expects " + col->type.describe() +
                                         ", was given " + describe_value(v));
  }
}

void graph::refuse_derived(symbol type) const {
  if (auto t = schema_.find_rel_table(symbols_.name(type)); t && t->is_derived())
    throw semantic_error("SemanticError", "WriteToDerivedType",
                         "relationship type " + t->name + " is derived (computed from a query); it cannot be written");
}

// ---- indexes --------------------------------------------------------------

void graph::index_node(node_id n) {
  for (symbol l : g_[n].labels) {
    auto& list = by_label_[l];
    auto it = std::lower_bound(list.begin(), list.end(), n);
    if (it == list.end() || *it != n) list.insert(it, n);
    if (auto t = schema_.find_node_table(symbols_.name(l)))
      if (auto key = g_[n].properties.get(symbols_.find(t->primary_key).value_or(~symbol{0})))
        by_key_[l].emplace(*key, n);
  }
}

void graph::unindex_node(node_id n) {
  for (symbol l : g_[n].labels) {
    if (auto list = by_label_.find(l); list != by_label_.end()) {
      auto it = std::lower_bound(list->second.begin(), list->second.end(), n);
      if (it != list->second.end() && *it == n) list->second.erase(it);
    }
    if (auto idx = by_key_.find(l); idx != by_key_.end()) {
      if (auto t = schema_.find_node_table(symbols_.name(l)))
        if (auto key = g_[n].properties.get(symbols_.find(t->primary_key).value_or(~symbol{0})))
          if (auto it = idx->second.find(*key); it != idx->second.end() && it->second == n) idx->second.erase(it);
    }
  }
}

// ---- journal ---------------------------------------------------------------

void graph::record(undo_entry e) {
  ++version_;
  touch(e);
  if (journal_active_) journal_.push_back(std::move(e));
}

void graph::touch(symbol s) {
  if (s >= changed_at_.size()) changed_at_.resize(s + 1, 0);
  changed_at_[s] = version_;
}

// A node's change touches its labels, a relationship's its type. Called before
// the entry is undone too, while the records it names still hold what it changed.
void graph::touch(const undo_entry& e) {
  switch (e.what) {
  case undo_entry::kind::node_added:
  case undo_entry::kind::node_deleted:
  case undo_entry::kind::node_property:
    for (symbol l : g_[e.node].labels) touch(l);
    break;
  case undo_entry::kind::label_added:
  case undo_entry::kind::label_removed:
    touch(e.key);
    for (symbol l : g_[e.node].labels) touch(l);
    break;
  case undo_entry::kind::rel_added:
  case undo_entry::kind::rel_property:
    if (rel_alive(e.rel)) touch(rels_[e.rel].record->type);
    break;
  case undo_entry::kind::rel_deleted: touch(e.key); break;
  }
}

void graph::begin() {
  journal_.clear();
  journal_active_ = true;
}

void graph::commit() {
  journal_ = {}; // release the memory: a bulk load's journal is as large as the load
  journal_active_ = false;
}

void graph::rollback() {
  journal_active_ = false;
  ++version_; // what the undone changes touched changes again, at a version past theirs
  while (!journal_.empty()) {
    undo_entry e = std::move(journal_.back());
    journal_.pop_back();
    touch(e);
    switch (e.what) {
    case undo_entry::kind::node_added:
      unindex_node(e.node);
      if (g_[e.node].alive) --live_nodes_;
      if (e.node + 1 == boost::num_vertices(g_) && boost::out_degree(e.node, g_) == 0 &&
          boost::in_degree(e.node, g_) == 0)
        boost::remove_vertex(e.node, g_);
      else
        g_[e.node].alive = false;
      break;
    case undo_entry::kind::node_deleted:
      g_[e.node].alive = true;
      ++live_nodes_;
      index_node(e.node);
      break;
    case undo_entry::kind::rel_added:
      erase_rel(e.rel);
      while (!rels_.empty() && !rels_.back().record) rels_.pop_back();
      break;
    case undo_entry::kind::rel_deleted:
      insert_rel(e.from, e.to, e.key, std::move(e.rel_properties), e.rel);
      break;
    case undo_entry::kind::node_property:
      rekey(by_key_, schema_, symbols_, g_[e.node], e.node, e.key, false);
      g_[e.node].properties.set(e.key, std::move(e.old));
      rekey(by_key_, schema_, symbols_, g_[e.node], e.node, e.key, true);
      break;
    case undo_entry::kind::rel_property: rels_[e.rel].record->properties.set(e.key, std::move(e.old)); break;
    case undo_entry::kind::label_added: {
      unindex_node(e.node);
      auto& labels = g_[e.node].labels;
      labels.erase(std::remove(labels.begin(), labels.end(), e.key), labels.end());
      index_node(e.node);
      break;
    }
    case undo_entry::kind::label_removed: {
      auto& labels = g_[e.node].labels;
      labels.insert(std::lower_bound(labels.begin(), labels.end(), e.key), e.key);
      index_node(e.node);
      break;
    }
    }
  }
  ++version_;
}

// ---- writing ----------------------------------------------------------------

node_id graph::add_node(const std::vector<std::string>& labels, const value_map& properties) {
  return atomically(*this, [&] {
    node_record rec;
    for (const auto& l : labels) rec.labels.push_back(symbols_.intern(l));
    std::sort(rec.labels.begin(), rec.labels.end());
    rec.labels.erase(std::unique(rec.labels.begin(), rec.labels.end()), rec.labels.end());
    for (const auto& [k, v] : properties) rec.properties.set(symbols_.intern(k), v);
    const auto n = static_cast<node_id>(boost::add_vertex(std::move(rec), g_));
    ++live_nodes_;
    record({undo_entry::kind::node_added, n});
    check_node(n);
    index_node(n);
    if (change_log_) storage::log_add_node(*change_log_, n, labels, properties);
    return n;
  });
}

rel_id graph::insert_rel(node_id from, node_id to, symbol type, property_set props, std::optional<rel_id> reuse) {
  const rel_id r = reuse ? *reuse : static_cast<rel_id>(rels_.size());
  // A reused id may lie past the end: rollback and clear_derived trim trailing empty slots.
  if (r >= rels_.size()) rels_.resize(r + 1);
  auto [edge, added] = boost::add_edge(from, to, rel_record{type, r, std::move(props)}, g_);
  (void)added;
  rels_[r] = rel_slot{edge, &g_[edge], from, to};
  deleted_types_.erase(r);
  auto& out = g_[from].out;
  const adjacent o{type, r, to};
  out.insert(std::upper_bound(out.begin(), out.end(), o, by_type_then_rel), o);
  auto& in = g_[to].in;
  const adjacent i{type, r, from};
  in.insert(std::upper_bound(in.begin(), in.end(), i, by_type_then_rel), i);
  ++live_rels_;
  return r;
}

void graph::erase_rel(rel_id r) {
  auto& slot = rels_[r];
  const symbol type = slot.record->type;
  erase_adjacent(g_[slot.from].out, type, r);
  erase_adjacent(g_[slot.to].in, type, r);
  boost::remove_edge(slot.edge, g_);
  deleted_types_[r] = type;
  rels_[r] = rel_slot{};
  --live_rels_;
}

rel_id graph::add_relationship(node_id from, node_id to, std::string_view type, const value_map& properties) {
  return atomically(*this, [&] {
    if (!node_alive(from) || !node_alive(to))
      throw runtime_error("EntityNotFound", "DeletedEntityAccess", "cannot connect a deleted node");
    const symbol t = symbols_.intern(type);
    refuse_derived(t);
    property_set props;
    for (const auto& [k, v] : properties) props.set(symbols_.intern(k), v);
    const rel_id r = insert_rel(from, to, t, std::move(props), std::nullopt);
    record({undo_entry::kind::rel_added, 0, r});
    check_rel(r);
    if (change_log_) storage::log_add_relationship(*change_log_, r, from, to, type, properties);
    return r;
  });
}

void graph::insert_rel_at(rel_id r, node_id from, node_id to, symbol type, property_set props) {
  refuse_derived(type);
  insert_rel(from, to, type, std::move(props), r);
  record({undo_entry::kind::rel_added, 0, r});
  check_rel(r);
}

rel_id graph::add_derived_relationship(node_id from, node_id to, symbol type, const value_map& properties) {
  property_set props;
  for (const auto& [k, v] : properties) props.set(symbols_.intern(k), v);
  return insert_rel(from, to, type, std::move(props), std::nullopt);
}

void graph::clear_derived(symbol type) {
  for (rel_id r = 0; r < rels_.size(); ++r)
    if (rels_[r].record && rels_[r].record->type == type) erase_rel(r);
  while (!rels_.empty() && !rels_.back().record) rels_.pop_back();
}

namespace {
const value& null_value() {
  static const value none; // immutable: shared by every reader safely
  return none;
}
} // namespace

const value& graph::property(node_id n, std::string_view key) const {
  if (!node_alive(n))
    throw runtime_error("RuntimeError", "NoSuchNode", "graph::property: " + std::to_string(n) + " is not a live node");
  const auto k = symbols_.find(key);
  const value* v = k ? g_[n].properties.get(*k) : nullptr;
  return v ? *v : null_value();
}

const value& graph::rel_property(rel_id r, std::string_view key) const {
  if (!rel_alive(r))
    throw runtime_error("RuntimeError", "NoSuchRelationship",
                        "graph::rel_property: " + std::to_string(r) + " is not a live relationship");
  const auto k = symbols_.find(key);
  const value* v = k ? rels_[r].record->properties.get(*k) : nullptr;
  return v ? *v : null_value();
}

void graph::set_property(node_id n, std::string_view key, value v) {
  atomically(*this, [&] {
    const symbol k = symbols_.intern(key);
    const value* old = g_[n].properties.get(k);
    record({undo_entry::kind::node_property, n, 0, k, old ? *old : value{}});
    rekey(by_key_, schema_, symbols_, g_[n], n, k, false);
    g_[n].properties.set(k, v);
    check_node(n);
    rekey(by_key_, schema_, symbols_, g_[n], n, k, true);
    if (change_log_) storage::log_set_property(*change_log_, storage::change_kind::set_node_property, n, key, v);
  });
}

void graph::set_rel_property(rel_id r, std::string_view key, value v) {
  atomically(*this, [&] {
    refuse_derived(rels_[r].record->type);
    const symbol k = symbols_.intern(key);
    auto& props = rels_[r].record->properties;
    const value* old = props.get(k);
    record({undo_entry::kind::rel_property, 0, r, k, old ? *old : value{}});
    props.set(k, v);
    check_rel(r);
    if (change_log_) storage::log_set_property(*change_log_, storage::change_kind::set_rel_property, r, key, v);
  });
}

void graph::add_label(node_id n, std::string_view label) {
  atomically(*this, [&] {
    const symbol l = symbols_.intern(label);
    if (has_label(n, l)) return;
    record({undo_entry::kind::label_added, n, 0, l});
    unindex_node(n);
    auto& labels = g_[n].labels;
    labels.insert(std::lower_bound(labels.begin(), labels.end(), l), l);
    check_node(n);
    index_node(n);
    if (change_log_) storage::log_label(*change_log_, storage::change_kind::add_label, n, label);
  });
}

void graph::remove_label(node_id n, std::string_view label) {
  atomically(*this, [&] {
    auto l = symbols_.find(label);
    if (!l || !has_label(n, *l)) return;
    unindex_node(n);
    auto& labels = g_[n].labels;
    labels.erase(std::remove(labels.begin(), labels.end(), *l), labels.end());
    record({undo_entry::kind::label_removed, n, 0, *l});
    index_node(n);
    if (change_log_) storage::log_label(*change_log_, storage::change_kind::remove_label, n, label);
  });
}

void graph::delete_relationship(rel_id r) {
  atomically(*this, [&] {
    if (!rel_alive(r)) return;
    refuse_derived(rels_[r].record->type);
    erase_undoably(r);
    if (change_log_) storage::log_delete_relationship(*change_log_, r);
  });
}

void graph::erase_undoably(rel_id r) {
  undo_entry e{undo_entry::kind::rel_deleted, 0, r, rels_[r].record->type};
  e.from = rels_[r].from;
  e.to = rels_[r].to;
  e.rel_properties = rels_[r].record->properties;
  erase_rel(r);
  record(std::move(e));
}

void graph::delete_node(node_id n, bool detach) {
  atomically(*this, [&] {
    if (!node_alive(n)) return;
    if (!detach && (!g_[n].out.empty() || !g_[n].in.empty()))
      throw runtime_error("ConstraintVerificationFailed", "DeleteConnectedNode",
                          "cannot delete node " + std::to_string(n) +
                              " because it still has relationships; use DETACH DELETE");
    // Derived relationships go too: they are recomputed without the node.
    while (!g_[n].out.empty()) erase_undoably(g_[n].out.back().rel);
    while (!g_[n].in.empty()) erase_undoably(g_[n].in.back().rel);
    unindex_node(n);
    g_[n].alive = false;
    --live_nodes_;
    record({undo_entry::kind::node_deleted, n});
    if (change_log_) storage::log_delete_node(*change_log_, n, detach);
  });
}

// ---- declaring tables over existing data ---------------------------------------

void graph::declare(node_table t) {
  const std::string name = t.name;
  schema_.add_node_table(std::move(t));
  const symbol l = symbols_.intern(name);
  try {
    for (node_id n : nodes_with_label(l)) {
      check_node(n);
      index_node(n);
    }
  } catch (...) {
    schema_.drop_table(name);
    by_key_.erase(l);
    throw;
  }
  ++version_;
}

void graph::declare(rel_table t) {
  const std::string name = t.name;
  schema_.add_rel_table(std::move(t));
  const symbol type = symbols_.intern(name);
  try {
    for (rel_id r = 0; r < rels_.size(); ++r)
      if (rels_[r].record && rels_[r].record->type == type) check_rel(r);
  } catch (...) {
    schema_.drop_table(name);
    throw;
  }
  ++version_;
}

void graph::drop_table(std::string_view name) {
  const rel_table* rt = schema_.find_rel_table(name);
  if (rt && rt->is_derived()) clear_derived(symbols_.intern(name));
  schema_.drop_table(name);
  if (auto s = symbols_.find(name)) by_key_.erase(*s);
  ++version_;
}

} // namespace annals
