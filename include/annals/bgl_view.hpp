// A Boost.Graph view of an annals graph: live nodes only, and optionally only
// relationships of some types. It models the BGL graph concepts (through
// boost::filtered_graph), so BFS, Dijkstra, connected components, … run on it:
//
//   auto g = annals::bgl_view(db.graph(), {"COMMANDED", "FOUGHT_IN"});
//   boost::breadth_first_search(g, start, boost::visitor(vis));
//
// Vertex descriptors are node ids; `get(boost::vertex_index, g)` works as on
// the underlying adjacency_list (its size is graph::node_capacity()), and so
// does num_vertices(). num_edges(view), called unqualified, counts only the
// relationships the view shows (boost::filtered_graph's own counts them all).
// bgl_view(db, {types}) first brings the derived types among `types` (all
// of them for no types) up to date, as a query reading them would; a view of
// db.graph() shows derived relationships as they were last computed.
// A view reads the graph unlocked: use it while no thread writes.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/database.hpp"
#include "annals/graph.hpp"

#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace annals {

struct rel_type_filter {
  std::vector<symbol> types; // empty: every type
  const bgl_graph* g = nullptr;
  bool operator()(bgl_graph::edge_descriptor e) const {
    return types.empty() || std::find(types.begin(), types.end(), (*g)[e].type) != types.end();
  }
};

struct live_node_filter {
  const bgl_graph* g = nullptr;
  bool operator()(bgl_graph::vertex_descriptor v) const { return (*g)[v].alive; }
};

using bgl_view_type = boost::filtered_graph<bgl_graph, rel_type_filter, live_node_filter>;

// Types not present in the graph match nothing.
inline bgl_view_type bgl_view(const graph& g, std::initializer_list<std::string_view> types = {}) {
  rel_type_filter edges{{}, &g.bgl()};
  for (auto t : types) edges.types.push_back(g.find_symbol(t).value_or(~symbol{0}));
  if (types.size() && edges.types.empty()) edges.types.push_back(~symbol{0});
  return bgl_view_type(g.bgl(), edges, live_node_filter{&g.bgl()});
}

// The view of a database: derived types it shows are computed first if stale
// (their definition's error is thrown then).
inline bgl_view_type bgl_view(database& db, std::initializer_list<std::string_view> types = {}) {
  db.refresh_derived(types);
  return bgl_view(db.graph(), types);
}

// The relationships of the types the view shows (found by ADL before boost::num_edges).
inline bgl_view_type::edges_size_type num_edges(const bgl_view_type& view) {
  bgl_view_type::edges_size_type n = 0;
  for (auto [e, end] = boost::edges(view); e != end; ++e) ++n;
  return n;
}

} // namespace annals
