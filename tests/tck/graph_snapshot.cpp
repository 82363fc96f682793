#include "graph_snapshot.hpp"
#include "value_conversion.hpp"

#include <algorithm>
#include <iterator>

namespace annals::tck {

graph_snapshot take_snapshot(const annals::graph& g) {
  graph_snapshot s;
  for (node_id n = 0; n < g.node_capacity(); ++n) {
    if (!g.node_alive(n)) continue;
    s.nodes.insert(n);
    const auto& record = g.node(n);
    for (auto label : record.labels) s.labels.insert(g.name(label));
    for (const auto& [key, v] : record.properties) s.properties.emplace('n', n, g.name(key), canonical(to_tck(v, g)));
  }
  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r)) continue;
    s.relationships.insert(r);
    for (const auto& [key, v] : g.rel(r).properties) s.properties.emplace('r', r, g.name(key), canonical(to_tck(v, g)));
  }
  return s;
}

namespace {

template <class Set> std::size_t count_missing(const Set& from, const Set& in) {
  std::size_t n = 0;
  for (const auto& x : from)
    if (!in.count(x)) ++n;
  return n;
}

} // namespace

side_effects difference(const graph_snapshot& before, const graph_snapshot& after) {
  side_effects e;
  auto put = [&](const char* key, std::size_t n) {
    if (n) e[key] = n;
  };
  put("+nodes", count_missing(after.nodes, before.nodes));
  put("-nodes", count_missing(before.nodes, after.nodes));
  put("+relationships", count_missing(after.relationships, before.relationships));
  put("-relationships", count_missing(before.relationships, after.relationships));
  put("+labels", count_missing(after.labels, before.labels));
  put("-labels", count_missing(before.labels, after.labels));
  put("+properties", count_missing(after.properties, before.properties));
  put("-properties", count_missing(before.properties, after.properties));
  return e;
}

std::string to_string(const side_effects& e) {
  if (e.empty()) return "none";
  std::string out;
  for (const auto& [k, n] : e) out += (out.empty() ? "" : ", ") + k + ' ' + std::to_string(n);
  return out;
}

} // namespace annals::tck
