// The typed property graph, stored in a Boost.Graph adjacency_list.
//
// Nodes carry labels and properties; relationships carry one type, a
// direction and properties. Records live in a bidirectional
// boost::adjacency_list, so every BGL algorithm runs on `bgl()` directly (see
// bgl_view.hpp for a view filtered by relationship type). Next to it the
// graph keeps the indexes queries need: nodes by label, a unique primary-key
// index per declared node table, and per-node adjacency sorted by
// relationship type in both directions.
//
// Deleted nodes stay in the adjacency_list as dead vertices (no edges, not in
// any index), so node ids never change; bgl_view hides them.
//
// Every change goes through the methods below, which enforce the declared
// schema and record an undo entry, so that a failed statement is rolled back
// completely (`begin` / `commit` / `rollback`).
#pragma once

#include "annals/detail/requires_cxx20.hpp"
#include "annals/property_set.hpp"
#include "annals/schema.hpp"
#include "annals/symbol_table.hpp"
#include "annals/value.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

namespace annals {

namespace detail {
struct snapshot_access;   // lib/storage/snapshot.cpp
struct change_log_access; // lib/storage/change_log.cpp
struct derived_access;    // lib/derive/evaluate_derived.cpp: derived types write their relationships
}

// One entry of a node's typed adjacency: the relationship and the node at its other end.
struct adjacent {
  symbol type;
  rel_id rel;
  node_id other;
};

struct node_record {
  std::vector<symbol> labels; // sorted
  property_set properties;
  std::vector<adjacent> out; // sorted by (type, rel)
  std::vector<adjacent> in;  // sorted by (type, rel)
  bool alive = true;
};

struct rel_record {
  symbol type = 0;
  rel_id id = 0;
  property_set properties;
};

using bgl_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, node_record, rel_record>;

class graph {
public:
  graph();
  ~graph();
  graph(const graph&) = delete;
  graph& operator=(const graph&) = delete;

  // ---- schema --------------------------------------------------------------
  const annals::schema& schema() const { return schema_; }
  // Declaring a table checks the data already stored under that name.
  void declare(node_table t);
  void declare(rel_table t);
  void drop_table(std::string_view name);

  // ---- names ---------------------------------------------------------------
  symbol intern(std::string_view name) { return symbols_.intern(name); }
  std::optional<symbol> find_symbol(std::string_view name) const { return symbols_.find(name); }
  const std::string& name(symbol s) const { return symbols_.name(s); }
  const symbol_table& symbols() const { return symbols_; }

  // ---- writing (schema-checked, undoable) ----------------------------------
  node_id add_node(const std::vector<std::string>& labels, const value_map& properties);
  rel_id add_relationship(node_id from, node_id to, std::string_view type, const value_map& properties);
  void set_property(node_id n, std::string_view key, value v);
  void set_rel_property(rel_id r, std::string_view key, value v);
  void add_label(node_id n, std::string_view label);
  void remove_label(node_id n, std::string_view label);
  // Throws runtime_error when the node still has relationships and `detach` is false.
  void delete_node(node_id n, bool detach = false);
  void delete_relationship(rel_id r);

  // Undo log: changes after begin() are undone by rollback() or kept by commit().
  void begin();
  void commit();
  void rollback();
  bool in_transaction() const { return journal_active_; }
  // Bumped by every change; derived tables use it to know when to recompute.
  std::uint64_t version() const { return version_; }
  // The version of the last change to a node carrying label `s` (its
  // creation, deletion, labels or properties) or to a relationship of type
  // `s`, rollbacks included: a derived type whose inputs did not change since
  // it was computed need not be computed again. Loading a snapshot counts as
  // a change to every symbol.
  std::uint64_t changed_at(symbol s) const {
    return s < changed_at_.size() && changed_at_[s] > changed_floor_ ? changed_at_[s] : changed_floor_;
  }

  // ---- reading -------------------------------------------------------------
  std::size_t node_capacity() const { return boost::num_vertices(g_); } // dead nodes included
  std::size_t node_count() const { return live_nodes_; }
  std::size_t relationship_count() const { return live_rels_; }
  std::size_t rel_capacity() const { return rels_.size(); }
  bool node_alive(node_id n) const { return n < boost::num_vertices(g_) && g_[n].alive; }
  bool rel_alive(rel_id r) const { return r < rels_.size() && rels_[r].record != nullptr; }

  const node_record& node(node_id n) const { return g_[n]; }
  const rel_record& rel(rel_id r) const { return *rels_[r].record; }
  node_id source(rel_id r) const { return rels_[r].from; }
  node_id target(rel_id r) const { return rels_[r].to; }

  // The type of a relationship, also after it was deleted (Cypher's type(r) still answers).
  symbol rel_type(rel_id r) const { return rels_[r].record ? rels_[r].record->type : deleted_types_.at(r); }
  bool has_label(node_id n, symbol label) const;
  const value* property(node_id n, symbol key) const { return g_[n].properties.get(key); }
  const value* rel_property(rel_id r, symbol key) const { return rels_[r].record->properties.get(key); }
  // A property by name: g.property(n, "name").as<std::string>(). A key the node
  // (or relationship) lacks, or that no record has ever used, reads as null;
  // an id that is not a live node (relationship) throws runtime_error. Reads
  // the graph unlocked, as every graph call: any number of readers at once,
  // none while a thread writes (database.hpp, "Threads").
  const value& property(node_id n, std::string_view key) const;
  const value& rel_property(rel_id r, std::string_view key) const;

  // Live nodes with `label`, ascending ids.
  std::span<const node_id> nodes_with_label(symbol label) const;
  // The node of a declared table with this primary key, if any.
  std::optional<node_id> find_node(std::string_view label, const value& key) const;
  // Adjacency of one type (or all types), outgoing or incoming.
  std::span<const adjacent> out(node_id n) const { return g_[n].out; }
  std::span<const adjacent> in(node_id n) const { return g_[n].in; }
  std::span<const adjacent> out(node_id n, symbol type) const { return of_type(g_[n].out, type); }
  std::span<const adjacent> in(node_id n, symbol type) const { return of_type(g_[n].in, type); }

  // The Boost.Graph adjacency list itself (vertex descriptor == node id).
  const bgl_graph& bgl() const { return g_; }
  bgl_graph::edge_descriptor edge_of(rel_id r) const { return rels_[r].edge; }

private:
  friend struct detail::derived_access;
  // The writer for derived tables, which bypasses the write refusal.
  rel_id add_derived_relationship(node_id from, node_id to, symbol type, const value_map& properties);
  void clear_derived(symbol type);

  // Snapshots load straight into the records and indexes (validating them
  // against the schema in bulk) and swap a loaded graph in whole.
  friend struct detail::snapshot_access;
  // A durable database has each change written to its log (lib/storage/change_log.hpp).
  friend struct detail::change_log_access;

  // Stored in place (not one allocation per relationship); a slot without a
  // record is a deleted id or one a derived type gave back.
  struct rel_slot {
    bgl_graph::edge_descriptor edge;
    rel_record* record = nullptr;
    node_id from = 0, to = 0;
  };
  struct undo_entry;

  static std::span<const adjacent> of_type(const std::vector<adjacent>& adj, symbol type);
  void check_node(node_id n) const;
  void check_rel(rel_id r) const;
  void index_node(node_id n);
  void unindex_node(node_id n);
  rel_id insert_rel(node_id from, node_id to, symbol type, property_set props, std::optional<rel_id> reuse);
  void erase_rel(rel_id r);
  // A relationship at a given free id, undoably and schema-checked (log replay).
  void insert_rel_at(rel_id r, node_id from, node_id to, symbol type, property_set props);
  void erase_undoably(rel_id r);
  void record(undo_entry e);
  // Sets changed_at of the labels or the type an undo entry touches.
  void touch(const undo_entry& e);
  void touch(symbol s);
  void refuse_derived(symbol type) const;

  bgl_graph g_;
  annals::schema schema_;
  symbol_table symbols_;
  std::vector<rel_slot> rels_;
  std::unordered_map<rel_id, symbol> deleted_types_;
  std::unordered_map<symbol, std::vector<node_id>> by_label_;
  std::unordered_map<symbol, std::unordered_map<value, node_id, value_hash, value_equivalent>> by_key_;
  std::size_t live_nodes_ = 0, live_rels_ = 0;
  std::uint64_t version_ = 0;
  std::vector<std::uint64_t> changed_at_; // by symbol; see changed_at()
  std::uint64_t changed_floor_ = 0;       // the version of the last snapshot swapped in
  bool journal_active_ = false;
  std::vector<undo_entry> journal_;
  std::string* change_log_ = nullptr; // where changes are recorded for the write-ahead log, if anywhere
};

} // namespace annals
