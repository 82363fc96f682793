// algo.dijkstra: the lightest path from `source` to `target` (Boost's
// dijkstra_shortest_paths), as a path of the graph and its cost; without
// `weight` every relationship costs 1. No row when the target cannot be
// reached; without `target`, one row per node the source reaches.
#include "procedures/algo/algo_procedure.hpp"

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <limits>

namespace annals::procedures {
namespace {

class dijkstra final : public algo::algo_procedure {
public:
  dijkstra()
      : algo_procedure("algo.dijkstra", {{"path", {procedure_type::base::path, false}, {}}, float_output("cost")},
                       "weighted shortest paths from `source` (to `target`)", {"source", "target"}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto source = o.node("source");
    if (!source) o.fail("InvalidOption", "needs a `source` node");
    const auto target = o.node("target");
    const auto p = algo::project(ctx, o);
    for (const auto& e : p.edges)
      if (e.weight < 0)
        o.fail("NegativeWeight", "Dijkstra needs weights of at least 0; relationship " + std::to_string(e.rel) +
                                     " weighs " + format_double(e.weight));
    const auto s = algo::vertex_of(p, *source);
    if (!s) o.fail("InvalidOption", "the `source` node is not in the projection");
    std::optional<std::uint32_t> t;
    if (target && !(t = algo::vertex_of(p, *target))) return;

    const auto g = algo::out_graph(p);
    const std::size_t n = p.vertex_count();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(n, inf);
    std::vector<std::uint32_t> via(n, 0); // the csr edge that reached each vertex: its projected edge
    std::vector<std::uint32_t> from(n);
    struct recorder : boost::default_dijkstra_visitor {
      std::vector<std::uint32_t>* via;
      std::vector<std::uint32_t>* from;
      void edge_relaxed(algo::csr_graph::edge_descriptor e, const algo::csr_graph& g) const {
        (*via)[boost::target(e, g)] = g[e].index;
        (*from)[boost::target(e, g)] = static_cast<std::uint32_t>(boost::source(e, g));
      }
    } vis;
    vis.via = &via;
    vis.from = &from;
    boost::dijkstra_shortest_paths(
        g, boost::vertex(*s, g),
        boost::distance_map(boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g)))
            .weight_map(get(&algo::csr_edge::weight, g))
            .distance_inf(inf)
            .visitor(vis));
    auto emit_path = [&](std::uint32_t end) {
      path_value path;
      for (std::uint32_t v = end; v != *s; v = from[v]) {
        path.nodes.push_back(p.nodes[v]);
        path.rels.push_back(p.edges[via[v]].rel);
      }
      path.nodes.push_back(p.nodes[*s]);
      std::reverse(path.nodes.begin(), path.nodes.end());
      std::reverse(path.rels.begin(), path.rels.end());
      out.push_back({value(std::move(path)), value(dist[end])});
    };
    if (t) {
      if (dist[*t] != inf) emit_path(*t);
      return;
    }
    for (std::uint32_t v = 0; v < n; ++v)
      if (dist[v] != inf) emit_path(v);
  }
};

} // namespace

procedure_ptr make_algo_dijkstra() { return std::make_shared<dijkstra>(); }

} // namespace annals::procedures
