#include "graph_census.hpp"

namespace annals::cli {

namespace {

std::string labels_text(const graph& g, node_id n) {
  std::string out;
  for (auto l : g.node(n).labels) out += (out.empty() ? "" : ":") + g.name(l);
  return out;
}

} // namespace

graph_census take_census(const graph& g) {
  graph_census c;
  for (const auto& [name, t] : g.schema().node_tables()) c.labels[name];
  for (const auto& [name, t] : g.schema().rel_tables()) c.types[name];
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    if (!g.node_alive(n)) continue;
    for (auto l : g.node(n).labels) {
      auto& k = c.labels[g.name(l)];
      ++k.count;
      for (const auto& [key, v] : g.node(n).properties) k.keys.insert(g.name(key));
    }
    for (const auto& [key, v] : g.node(n).properties) c.keys.insert(g.name(key));
  }
  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r)) continue;
    const auto& type = g.name(g.rel(r).type);
    auto& k = c.types[type];
    ++k.count;
    for (const auto& [key, v] : g.rel(r).properties) {
      k.keys.insert(g.name(key));
      c.keys.insert(g.name(key));
    }
    c.endpoints[type].emplace(labels_text(g, g.source(r)), labels_text(g, g.target(r)));
  }
  return c;
}

} // namespace annals::cli
