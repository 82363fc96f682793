// algo.closeness: closeness centrality as networkx computes it (Wasserman
// and Faust's correction for graphs in pieces): with r the nodes that reach
// u (u included) and D the sum of their distances to u,
// score = ((r-1)/D) * ((r-1)/(n-1)), 0 when nothing reaches u. On a directed
// projection distances run towards u. With `weight`, Dijkstra distances.
#include "procedures/algo/algo_procedure.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <limits>

namespace annals::procedures {
namespace {

class closeness final : public algo::algo_procedure {
public:
  closeness() : algo_procedure("algo.closeness", {node_output(), float_output("score")}, "closeness centrality", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o);
    for (const auto& e : p.edges)
      if (e.weight < 0) o.fail("NegativeWeight", "closeness needs weights of at least 0");
    const auto g = algo::reversed_graph(p); // from u along reversed edges: who reaches u
    const std::size_t n = p.vertex_count();
    std::vector<double> score(n, 0.0), dist(n);
    const double inf = std::numeric_limits<double>::infinity();
    for (std::size_t u = 0; u < n; ++u) {
      ctx.check_interrupt();
      std::fill(dist.begin(), dist.end(), inf);
      auto d = boost::make_iterator_property_map(dist.begin(), get(boost::vertex_index, g));
      if (p.weighted) {
        boost::dijkstra_shortest_paths(
            g, boost::vertex(u, g),
            boost::distance_map(d).weight_map(get(&algo::csr_edge::weight, g)).distance_inf(inf));
      } else {
        dist[u] = 0;
        boost::breadth_first_search(
            g, boost::vertex(u, g),
            boost::visitor(boost::make_bfs_visitor(boost::record_distances(d, boost::on_tree_edge()))));
      }
      double total = 0;
      std::size_t reach = 0;
      for (std::size_t v = 0; v < n; ++v)
        if (dist[v] != inf) total += dist[v], ++reach;
      if (total > 0 && n > 1)
        score[u] =
            (static_cast<double>(reach - 1) / total) * (static_cast<double>(reach - 1) / static_cast<double>(n - 1));
    }
    emit(p, score, out);
  }
};

} // namespace

procedure_ptr make_algo_closeness() { return std::make_shared<closeness>(); }

} // namespace annals::procedures
