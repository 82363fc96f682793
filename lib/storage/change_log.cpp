#include "storage/change_log.hpp"

#include "annals/error.hpp"
#include "storage/value_codec.hpp"

#include <limits>

namespace annals {

namespace snap = storage::snapshot;

namespace {

void put_value(std::string& out, const value& v, std::string_view key) {
  if (auto why = storage::encode_value(out, v))
    throw runtime_error("RuntimeError", "CannotLog", "the property " + std::string(key) + " " + *why);
}

void put_properties(std::string& out, const value_map& properties) {
  snap::put(out, static_cast<std::uint32_t>(properties.size()));
  for (const auto& [k, v] : properties) {
    snap::put_string(out, k);
    put_value(out, v, k);
  }
}

value_map get_properties(snap::reader& in) {
  const auto n = in.get_count(5, "properties");
  value_map m;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::size_t at = in.offset();
    std::string key(in.get_string());
    if (!m.emplace(std::move(key), storage::decode_value(in)).second) in.fail_at(at, "a repeated property");
  }
  return m;
}

} // namespace

namespace detail {

// What replaying needs of the graph's insides: placing a record at its logged id.
struct change_log_access {
  static void record_into(graph& g, std::string* sink) { g.change_log_ = sink; }

  static void add_node_at(graph& g, snap::reader& in, std::size_t at, node_id id,
                          const std::vector<std::string>& labels, const value_map& props) {
    // Node ids are never reused, so the logged id is at or past the end:
    // ids in between belong to nodes of statements that failed.
    if (id < g.node_capacity()) in.fail_at(at, "a node id " + std::to_string(id) + " that is taken");
    while (g.node_capacity() < id) {
      node_record dead;
      dead.alive = false;
      boost::add_vertex(std::move(dead), g.g_);
    }
    g.add_node(labels, props);
  }

  static void add_relationship_at(graph& g, snap::reader& in, std::size_t at, rel_id id, node_id from, node_id to,
                                  std::string_view type, const value_map& props) {
    if (id < g.rels_.size() && g.rels_[id].record)
      in.fail_at(at, "a relationship id " + std::to_string(id) + " that is taken");
    if (!g.node_alive(from) || !g.node_alive(to)) in.fail_at(at, "a relationship between nodes that do not exist");
    const symbol t = g.symbols_.intern(type);
    property_set set;
    for (const auto& [k, v] : props) set.set(g.symbols_.intern(k), v);
    g.insert_rel_at(id, from, to, t, std::move(set));
  }
};

} // namespace detail

namespace storage {

void log_add_node(std::string& out, node_id id, const std::vector<std::string>& labels, const value_map& properties) {
  snap::put(out, change_kind::add_node);
  snap::put(out, static_cast<std::uint64_t>(id));
  snap::put(out, static_cast<std::uint32_t>(labels.size()));
  for (const auto& l : labels) snap::put_string(out, l);
  put_properties(out, properties);
}

void log_add_relationship(std::string& out, rel_id id, node_id from, node_id to, std::string_view type,
                          const value_map& properties) {
  snap::put(out, change_kind::add_relationship);
  snap::put(out, static_cast<std::uint64_t>(id));
  snap::put(out, static_cast<std::uint64_t>(from));
  snap::put(out, static_cast<std::uint64_t>(to));
  snap::put_string(out, type);
  put_properties(out, properties);
}

void log_set_property(std::string& out, change_kind kind, std::uint64_t id, std::string_view key, const value& v) {
  snap::put(out, kind);
  snap::put(out, id);
  snap::put_string(out, key);
  put_value(out, v, key);
}

void log_label(std::string& out, change_kind kind, node_id n, std::string_view label) {
  snap::put(out, kind);
  snap::put(out, static_cast<std::uint64_t>(n));
  snap::put_string(out, label);
}

void log_delete_node(std::string& out, node_id n, bool detach) {
  snap::put(out, change_kind::delete_node);
  snap::put(out, static_cast<std::uint64_t>(n));
  snap::put(out, static_cast<std::uint8_t>(detach));
}

void log_delete_relationship(std::string& out, rel_id r) {
  snap::put(out, change_kind::delete_relationship);
  snap::put(out, static_cast<std::uint64_t>(r));
}

void log_statement(std::string& out, std::string_view text) {
  snap::put(out, change_kind::statement);
  snap::put_string(out, text);
}

void record_changes(graph& g, std::string* sink) { detail::change_log_access::record_into(g, sink); }

void replay_changes(graph& g, std::string_view record, const std::string& file, std::size_t base,
                    const std::function<void(const std::string&)>& run_statement) {
  snap::reader in(file, record, base, "record", true);
  // Ids in the log are 64-bit for the future; today's graph holds 32-bit ones.
  auto get_id = [&](const char* what) {
    const std::size_t at = in.offset();
    const auto id = in.get<std::uint64_t>();
    if (id > std::numeric_limits<std::uint32_t>::max()) in.fail_at(at, std::string("a ") + what + " id out of range");
    return static_cast<std::uint32_t>(id);
  };
  auto node = [&](node_id n, std::size_t at) {
    if (!g.node_alive(n)) in.fail_at(at, "a change to node " + std::to_string(n) + ", which does not exist");
    return n;
  };
  auto rel = [&](rel_id r, std::size_t at) {
    if (!g.rel_alive(r)) in.fail_at(at, "a change to relationship " + std::to_string(r) + ", which does not exist");
    return r;
  };
  while (!in.done()) {
    const std::size_t at = in.offset();
    const auto kind = in.get<std::uint8_t>();
    try {
      switch (static_cast<change_kind>(kind)) {
      case change_kind::add_node: {
        const node_id id = get_id("node");
        const auto n = in.get_count(4, "labels");
        std::vector<std::string> labels;
        for (std::uint32_t i = 0; i < n; ++i) labels.emplace_back(in.get_string());
        detail::change_log_access::add_node_at(g, in, at, id, labels, get_properties(in));
        break;
      }
      case change_kind::add_relationship: {
        const rel_id id = get_id("relationship");
        const node_id from = get_id("node"), to = get_id("node");
        const std::string type(in.get_string());
        detail::change_log_access::add_relationship_at(g, in, at, id, from, to, type, get_properties(in));
        break;
      }
      case change_kind::set_node_property: {
        const node_id n = node(get_id("node"), at);
        const std::string key(in.get_string());
        g.set_property(n, key, storage::decode_value(in));
        break;
      }
      case change_kind::set_rel_property: {
        const rel_id r = rel(get_id("relationship"), at);
        const std::string key(in.get_string());
        g.set_rel_property(r, key, storage::decode_value(in));
        break;
      }
      case change_kind::add_label:
      case change_kind::remove_label: {
        const node_id n = node(get_id("node"), at);
        const std::string label(in.get_string());
        if (static_cast<change_kind>(kind) == change_kind::add_label) g.add_label(n, label);
        else g.remove_label(n, label);
        break;
      }
      case change_kind::delete_node: {
        const node_id n = node(get_id("node"), at);
        const auto detach = in.get<std::uint8_t>();
        g.delete_node(n, detach != 0);
        break;
      }
      case change_kind::delete_relationship: g.delete_relationship(rel(get_id("relationship"), at)); break;
      case change_kind::statement: run_statement(std::string(in.get_string())); break;
      default: in.fail_at(at, "an unknown change kind " + std::to_string(kind));
      }
    } catch (const load_error&) {
      throw;
    } catch (const error& e) {
      // The graph refused what it accepted before: the log does not follow this snapshot.
      in.fail_at(at, std::string("a change the graph refuses (") + e.what() + ")");
    }
  }
}

} // namespace storage

} // namespace annals
