#include "annals/export.hpp"

#include "export/ddl.hpp"
#include "export/literals.hpp"
#include "export/record_fields.hpp"

#include <ostream>
#include <set>

namespace annals {

namespace {

using namespace detail;

// The temporary key that finds unkeyed nodes again: `_export_id`, or
// `_export_id_2`, `_export_id_3`, … when the exported nodes already have a
// property by that name (which the script's last statement would remove).
std::string temporary_key_for(const graph& g, const subgraph& s) {
  std::set<std::string_view> used;
  for (auto n : s.nodes)
    for (const auto& [key, v] : g.node(n).properties) used.insert(g.name(key));
  std::string key = "_export_id";
  for (std::size_t i = 2; used.count(key); ++i) key = "_export_id_" + std::to_string(i);
  return key;
}

// Nodes of a declared table are found again by their primary key; others by a temporary id.
const value* primary_key(const graph& g, node_id n) {
  const auto* t = declared_table(g, n);
  const auto key = t ? g.find_symbol(t->primary_key) : std::nullopt;
  return key ? g.property(n, *key) : nullptr;
}

std::string labels_of(const graph& g, node_id n) {
  std::string out;
  for (auto l : label_names(g, n)) out += ":" + cypher_name(l);
  return out;
}

std::string property_map(const graph& g, const property_set& properties, std::string extra = {}) {
  std::string out = std::move(extra);
  for (const auto& [key, v] : sorted_properties(g, properties))
    out += (out.empty() ? "" : ", ") + cypher_name(key) + ": " + cypher_literal(*v);
  return out.empty() ? out : " {" + out + "}";
}

std::string count(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what) + (n == 1 ? "" : "s");
}

std::string temporary_id(const std::string& key, node_id n) { return cypher_name(key) + ": " + std::to_string(n); }

// The pattern that finds node `n` again, bound to `variable`.
std::string find_pattern(const graph& g, node_id n, std::string_view variable, const std::string& temporary_key) {
  const auto* key = primary_key(g, n);
  const std::string what = key && !key->is_null()
                               ? cypher_name(declared_table(g, n)->primary_key) + ": " + cypher_literal(*key)
                               : temporary_id(temporary_key, n);
  return "(" + std::string(variable) + labels_of(g, n) + " {" + what + "})";
}

} // namespace

void write_cypher(std::ostream& out, const graph& g, const subgraph& s, cypher_dialect dialect) {
  const bool annals = dialect == cypher_dialect::annals;
  out << "// " << count(s.nodes.size(), "node") << " and " << count(s.relationships.size(), "relationship")
      << ", exported by annals"
      << (annals ? "" : " for Neo4j") << "\n";
  if (annals) {
    // Node tables first: relationship tables name them; derived tables last: their rules read the others.
    out << "\n// Tables\n";
    for (const auto& [name, t] : g.schema().node_tables()) out << node_table_ddl(t) << ";\n";
    for (const auto& [name, t] : g.schema().rel_tables())
      if (!t.is_derived()) out << rel_table_ddl(t) << ";\n";
    for (const auto& [name, t] : g.schema().rel_tables())
      if (t.is_derived()) out << rel_table_ddl(t) << ";\n";
  }

  const auto temporary_key = temporary_key_for(g, s);
  bool temporary_ids = false;
  out << "\n// Nodes\n";
  for (auto n : s.nodes) {
    const auto* key = primary_key(g, n);
    const bool keyed = key && !key->is_null();
    temporary_ids |= !keyed;
    out << "CREATE (" << labels_of(g, n)
        << property_map(g, g.node(n).properties, keyed ? "" : temporary_id(temporary_key, n)) << ");\n";
  }

  out << "\n// Relationships\n";
  for (auto r : s.relationships) {
    const auto* table = g.schema().find_rel_table(g.name(g.rel(r).type));
    if (annals && table && table->is_derived()) continue; // the rule recomputes them
    const node_id from = g.source(r), to = g.target(r);
    out << "MATCH " << find_pattern(g, from, "a", temporary_key);
    if (to != from) out << ", " << find_pattern(g, to, "b", temporary_key);
    out << " CREATE (a)-[:" << cypher_name(g.name(g.rel(r).type)) << property_map(g, g.rel(r).properties) << "]->("
        << (to == from ? "a" : "b") << ");\n";
  }

  if (temporary_ids)
    out << "\nMATCH (n) WHERE n." << cypher_name(temporary_key) << " IS NOT NULL REMOVE n."
        << cypher_name(temporary_key) << ";\n";
}

} // namespace annals
