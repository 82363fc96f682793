// algo.triangles: how many triangles each node is in, and its local
// clustering coefficient 2T / (d (d - 1)) (0 below two neighbours),
// direction and weights ignored, as networkx's triangles and clustering.
#include "procedures/algo/algo_procedure.hpp"

#include <algorithm>

namespace annals::procedures {
namespace {

class triangles final : public algo::algo_procedure {
public:
  triangles()
      : algo_procedure("algo.triangles", {node_output(), integer_output("triangles"), float_output("coefficient")},
                       "triangle count and local clustering coefficient", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o, true);
    const auto adj = algo::undirected_neighbours(p);
    const std::size_t n = p.vertex_count();
    std::vector<std::int64_t> count(n, 0);
    // Each triangle u < v < w once, found from its smallest vertex.
    for (std::uint32_t u = 0; u < n; ++u) {
      if ((u & 255) == 0) ctx.check_interrupt();
      for (std::uint32_t v : adj[u]) {
        if (v <= u) continue;
        auto a = std::upper_bound(adj[u].begin(), adj[u].end(), v);
        auto b = std::upper_bound(adj[v].begin(), adj[v].end(), v);
        while (a != adj[u].end() && b != adj[v].end()) {
          if (*a < *b) ++a;
          else if (*b < *a) ++b;
          else {
            ++count[u], ++count[v], ++count[*a];
            ++a, ++b;
          }
        }
      }
    }
    for (std::size_t v = 0; v < n; ++v) {
      const double d = static_cast<double>(adj[v].size());
      const double c = d < 2 ? 0.0 : 2.0 * static_cast<double>(count[v]) / (d * (d - 1));
      out.push_back({value(node_ref{p.nodes[v]}), value(count[v]), value(c)});
    }
  }
};

} // namespace

procedure_ptr make_algo_triangles() { return std::make_shared<triangles>(); }

} // namespace annals::procedures
