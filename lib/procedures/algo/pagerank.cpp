// algo.pagerank: PageRank by power iteration, as networkx computes it:
// `damping` 0.85, uniform teleport, the rank of nodes without out-edges
// spread evenly, edge weights (with `weight`) share a node's rank out, and
// iteration stops when the summed change is below n * `tolerance` (1e-6)
// or after `iterations` (100) rounds. An undirected projection counts each
// relationship both ways.
#include "procedures/algo/algo_procedure.hpp"

#include <cmath>

namespace annals::procedures {
namespace {

class pagerank final : public algo::algo_procedure {
public:
  pagerank()
      : algo_procedure("algo.pagerank", {node_output(), float_output("score")}, "PageRank",
                       {"damping", "iterations", "tolerance"}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const double alpha = o.number("damping", 0.85);
    const std::int64_t iterations = o.integer("iterations", 100);
    const double tolerance = o.number("tolerance", 1e-6);
    if (!(alpha >= 0 && alpha <= 1)) o.fail("InvalidOption", "`damping` must lie between 0 and 1");
    if (iterations < 1) o.fail("InvalidOption", "`iterations` must be at least 1");
    if (!(tolerance >= 0)) o.fail("InvalidOption", "`tolerance` must be at least 0");
    const auto p = algo::project(ctx, o);
    for (const auto& e : p.edges)
      if (e.weight < 0) o.fail("NegativeWeight", "PageRank needs weights of at least 0");
    const auto g = algo::out_graph(p);
    const std::size_t n = p.vertex_count();
    if (n == 0) return;
    const double nd = static_cast<double>(n);
    std::vector<double> out_weight(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
      for (auto e : boost::make_iterator_range(out_edges(boost::vertex(v, g), g))) out_weight[v] += g[e].weight;
    std::vector<double> x(n, 1.0 / nd), last(n);
    for (std::int64_t it = 0; it < iterations; ++it) {
      ctx.check_interrupt();
      std::swap(x, last);
      std::fill(x.begin(), x.end(), 0.0);
      double dangling = 0;
      for (std::size_t v = 0; v < n; ++v)
        if (out_weight[v] == 0) dangling += last[v];
      dangling *= alpha;
      for (std::size_t v = 0; v < n; ++v) {
        for (auto e : boost::make_iterator_range(out_edges(boost::vertex(v, g), g)))
          x[target(e, g)] += alpha * last[v] * (g[e].weight / out_weight[v]);
        x[v] += dangling * (1.0 / nd) + (1.0 - alpha) * (1.0 / nd);
      }
      double err = 0;
      for (std::size_t v = 0; v < n; ++v) err += std::abs(x[v] - last[v]);
      if (err < nd * tolerance) break;
    }
    emit(p, x, out);
  }
};

} // namespace

procedure_ptr make_algo_pagerank() { return std::make_shared<pagerank>(); }

} // namespace annals::procedures
