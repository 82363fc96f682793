// A subgraph as a Boost.Graph graph, so the BGL writers (write_graphviz,
// write_graphml) run on it directly.
#pragma once

#include "annals/export.hpp"

#include <boost/graph/filtered_graph.hpp>

#include <vector>

namespace annals::detail {

struct subgraph_nodes {
  const std::vector<bool>* keep = nullptr;
  bool operator()(bgl_graph::vertex_descriptor v) const { return (*keep)[v]; }
};

struct subgraph_rels {
  const std::vector<bool>* keep = nullptr;
  const bgl_graph* g = nullptr;
  bool operator()(bgl_graph::edge_descriptor e) const { return (*keep)[(*g)[e].id]; }
};

using subgraph_view_type = boost::filtered_graph<bgl_graph, subgraph_rels, subgraph_nodes>;

// Owns the membership masks the filtered view reads.
class subgraph_view {
public:
  subgraph_view(const graph& g, const subgraph& s)
      : nodes_(g.node_capacity(), false), rels_(g.rel_capacity(), false),
        view_(g.bgl(), subgraph_rels{&rels_, &g.bgl()}, subgraph_nodes{&nodes_}) {
    for (auto n : s.nodes) nodes_[n] = true;
    for (auto r : s.relationships) rels_[r] = true;
  }
  subgraph_view(const subgraph_view&) = delete;
  subgraph_view& operator=(const subgraph_view&) = delete;

  const subgraph_view_type& get() const { return view_; }

private:
  std::vector<bool> nodes_, rels_;
  subgraph_view_type view_;
};

} // namespace annals::detail
