// The changes of one write statement, as the write-ahead log stores them: a
// physical redo record. Each change names the ids it made or touched, so
// replaying it on the snapshot the log follows rebuilds the same graph, ids
// included (derived relationships take ids too, and are not logged, so a
// replay puts each relationship at its logged id rather than the next free one).
//
//   record  = change*
//   change  = u8 kind, then
//     add_node            u64 id, u32 n, n × str label, properties
//     add_relationship    u64 id, u64 from, u64 to, str type, properties
//     set_node_property   u64 node, str key, value (null removes)
//     set_rel_property    u64 rel, str key, value
//     add_label           u64 node, str label
//     remove_label        u64 node, str label
//     delete_node         u64 node, u8 detach
//     delete_relationship u64 rel
//     statement           str text: DDL, replayed by running it again
//   properties = u32 n, n × (str key, value); value as in snapshots (value_codec.hpp)
#pragma once

#include "annals/graph.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace annals::storage {

enum class change_kind : std::uint8_t {
  add_node = 1,
  add_relationship,
  set_node_property,
  set_rel_property,
  add_label,
  remove_label,
  delete_node,
  delete_relationship,
  statement,
};

// Appending one change to a record (graph.cpp calls these after each change succeeded).
void log_add_node(std::string& out, node_id id, const std::vector<std::string>& labels, const value_map& properties);
void log_add_relationship(std::string& out, rel_id id, node_id from, node_id to, std::string_view type,
                          const value_map& properties);
void log_set_property(std::string& out, change_kind kind, std::uint64_t id, std::string_view key, const value& v);
void log_label(std::string& out, change_kind kind, node_id n, std::string_view label);
void log_delete_node(std::string& out, node_id n, bool detach);
void log_delete_relationship(std::string& out, rel_id r);
void log_statement(std::string& out, std::string_view text);

// Has `g` record its changes into `sink` (null: stop recording).
void record_changes(graph& g, std::string* sink);

// Applies one record to `g` (the caller makes it one transaction). Statements
// are handed to `run_statement`. A record that does not fit the graph (an id
// taken, a node missing) or is damaged throws load_error naming `file` and the
// byte offset, `base` being the record's offset in the file.
void replay_changes(graph& g, std::string_view record, const std::string& file, std::size_t base,
                    const std::function<void(const std::string&)>& run_statement);

} // namespace annals::storage
