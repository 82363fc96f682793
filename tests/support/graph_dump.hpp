// A canonical text of a whole graph — nodes, relationships, the Boost.Graph
// edges and every index — so a test can check that a refused or rolled-back
// change left the graph exactly as it was.
#pragma once

#include "annals/graph.hpp"

#include <map>
#include <sstream>
#include <string>

namespace annals::testing {

inline std::string properties_text(const graph& g, const property_set& props) {
  std::map<std::string, std::string> sorted;
  for (const auto& [k, v] : props) sorted[g.name(k)] = to_cypher(v);
  std::string out;
  for (const auto& [k, v] : sorted) out += (out.empty() ? " {" : ", ") + k + ": " + v;
  return out.empty() ? out : out + "}";
}

inline std::string dump(const graph& g) {
  std::ostringstream out;
  out << "nodes " << g.node_count() << "/" << g.node_capacity() << ", relationships " << g.relationship_count() << "/"
      << g.rel_capacity() << ", bgl edges " << boost::num_edges(g.bgl()) << "\n";
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    if (!g.node_alive(n)) continue;
    out << "(" << n;
    for (symbol l : g.node(n).labels) out << ":" << g.name(l);
    out << properties_text(g, g.node(n).properties) << ")\n";
    for (const auto& a : g.out(n)) {
      out << "  -[" << a.rel << ":" << g.name(a.type) << properties_text(g, g.rel(a.rel).properties) << "]->("
          << a.other << ")";
      // The relationship's slot and its Boost.Graph edge must agree with the adjacency.
      const auto e = g.edge_of(a.rel);
      if (g.source(a.rel) != n || g.target(a.rel) != a.other || boost::source(e, g.bgl()) != n ||
          boost::target(e, g.bgl()) != a.other || g.bgl()[e].id != a.rel)
        out << " INCONSISTENT";
      out << "\n";
    }
    for (const auto& a : g.in(n)) out << "  <-[" << a.rel << ":" << g.name(a.type) << "]-(" << a.other << ")\n";
  }
  for (symbol s = 0; s < g.symbols().size(); ++s) {
    const auto nodes = g.nodes_with_label(s);
    if (nodes.empty()) continue;
    out << "label " << g.name(s) << ":";
    for (node_id n : nodes) out << " " << n;
    out << "\n";
  }
  for (const auto& [name, table] : g.schema().node_tables()) {
    const auto label = g.find_symbol(name);
    const auto key = g.find_symbol(table.primary_key);
    if (!label || !key) continue;
    for (node_id n : g.nodes_with_label(*label)) {
      const value* k = g.property(n, *key);
      const auto found = k ? g.find_node(name, *k) : std::nullopt;
      out << "key " << name << " " << (k ? to_cypher(*k) : "null") << " -> "
          << (found ? std::to_string(*found) : "missing") << "\n";
    }
  }
  return out.str();
}

} // namespace annals::testing
