#include "annals/export.hpp"

#include <algorithm>

namespace annals {

namespace {

void sort_unique(std::vector<std::uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

void collect(const value& v, const graph& g, subgraph& s) {
  const auto add_rel = [&](rel_id r) {
    if (!g.rel_alive(r)) return;
    s.relationships.push_back(r);
    s.nodes.push_back(g.source(r));
    s.nodes.push_back(g.target(r));
  };
  if (const auto* n = v.get_if<node_ref>()) {
    if (g.node_alive(n->id)) s.nodes.push_back(n->id);
  } else if (const auto* r = v.get_if<rel_ref>()) {
    add_rel(r->id);
  } else if (const auto* p = v.get_if<path_value>()) {
    for (auto n : p->nodes)
      if (g.node_alive(n)) s.nodes.push_back(n);
    std::for_each(p->rels.begin(), p->rels.end(), add_rel);
  } else if (const auto* l = v.get_if<value_list>()) {
    for (const auto& x : *l) collect(x, g, s);
  } else if (const auto* m = v.get_if<value_map>()) {
    for (const auto& [k, x] : *m) collect(x, g, s);
  }
}

} // namespace

subgraph whole_graph(const graph& g) {
  subgraph s;
  for (node_id n = 0; n < g.node_capacity(); ++n)
    if (g.node_alive(n)) s.nodes.push_back(n);
  for (rel_id r = 0; r < g.rel_capacity(); ++r)
    if (g.rel_alive(r)) s.relationships.push_back(r);
  return s;
}

subgraph subgraph_of(const result& r, const graph& g) {
  subgraph s;
  for (const auto& row : r)
    for (const auto& v : row) collect(v, g, s);
  sort_unique(s.nodes);
  sort_unique(s.relationships);
  return s;
}

} // namespace annals
