// algo.kcore: each node's core number — the largest k such that it lies in
// a subgraph where every node has at least k neighbours (Batagelj and
// Zaversnik's O(m) peeling), direction ignored. With `k`, only the nodes of
// the k-core are yielded.
#include "procedures/algo/algo_procedure.hpp"

#include <algorithm>

namespace annals::procedures {
namespace {

class kcore final : public algo::algo_procedure {
public:
  kcore() : algo_procedure("algo.kcore", {node_output(), integer_output("core")}, "k-core decomposition", {"k"}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const std::int64_t k = o.integer("k", 0);
    const auto p = algo::project(ctx, o, true);
    const auto adj = algo::undirected_neighbours(p);
    const std::size_t n = p.vertex_count();
    std::vector<std::size_t> degree(n), position(n), order(n);
    std::size_t max_degree = 0;
    for (std::size_t v = 0; v < n; ++v) max_degree = std::max(max_degree, degree[v] = adj[v].size());
    // Bucket sort by degree; then peel the lowest-degree node, lowering its neighbours.
    std::vector<std::size_t> bin(max_degree + 2, 0);
    for (std::size_t v = 0; v < n; ++v) ++bin[degree[v]];
    std::size_t start = 0;
    for (std::size_t d = 0; d <= max_degree; ++d) {
      const std::size_t count = bin[d];
      bin[d] = start;
      start += count;
    }
    for (std::size_t v = 0; v < n; ++v) {
      position[v] = bin[degree[v]]++;
      order[position[v]] = v;
    }
    for (std::size_t d = max_degree; d > 0; --d) bin[d] = bin[d - 1];
    bin[0] = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t v = order[i];
      for (std::uint32_t u : adj[v]) {
        if (degree[u] <= degree[v]) continue;
        const std::size_t du = degree[u], pu = position[u], pw = bin[du], w = order[pw];
        if (u != w) std::swap(order[pu], order[pw]), position[u] = pw, position[w] = pu;
        ++bin[du];
        --degree[u];
      }
    }
    for (std::size_t v = 0; v < n; ++v)
      if (static_cast<std::int64_t>(degree[v]) >= k)
        out.push_back({value(node_ref{p.nodes[v]}), value(static_cast<std::int64_t>(degree[v]))});
  }
};

} // namespace

procedure_ptr make_algo_kcore() { return std::make_shared<kcore>(); }

} // namespace annals::procedures
