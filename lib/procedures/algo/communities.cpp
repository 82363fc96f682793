// algo.communities: label-propagation communities, deterministic: the
// semi-synchronous method of Cordasco and Gargano as networkx's
// label_propagation_communities runs it. Every node starts with a label of
// its own; the nodes are coloured greedily (largest degree first) so no two
// neighbours share a colour; colour by colour, each node takes the label
// most of its neighbours carry (keeping its own on a tie it is part of,
// else the largest); until every node carries one of its most frequent
// neighbour labels. Direction and weights are ignored. `community` is the
// id of the node whose label the community carries.
#include "procedures/algo/algo_procedure.hpp"

#include <algorithm>
#include <numeric>

namespace annals::procedures {
namespace {

class communities final : public algo::algo_procedure {
public:
  communities()
      : algo_procedure("algo.communities", {node_output(), integer_output("community")},
                       "label-propagation communities (deterministic)", {"iterations"}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const std::int64_t max_rounds = o.integer("iterations", 1000);
    if (max_rounds < 1) o.fail("InvalidOption", "`iterations` must be at least 1");
    const auto p = algo::project(ctx, o, true);
    const auto adj = algo::undirected_neighbours(p);
    const std::size_t n = p.vertex_count();

    // Greedy colouring, largest degree first (ties in vertex order).
    std::vector<std::uint32_t> by_degree(n);
    std::iota(by_degree.begin(), by_degree.end(), 0);
    std::stable_sort(by_degree.begin(), by_degree.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return adj[a].size() > adj[b].size(); });
    constexpr std::uint32_t uncoloured = ~std::uint32_t{0};
    std::vector<std::uint32_t> colour(n, uncoloured);
    std::vector<std::vector<std::uint32_t>> classes;
    std::vector<char> used;
    for (std::uint32_t v : by_degree) {
      used.assign(adj[v].size() + 1, 0);
      for (std::uint32_t u : adj[v])
        if (colour[u] != uncoloured && colour[u] < used.size()) used[colour[u]] = 1;
      std::uint32_t c = 0;
      while (used[c]) ++c;
      colour[v] = c;
      if (classes.size() <= c) classes.resize(c + 1);
      classes[c].push_back(v);
    }

    std::vector<std::uint32_t> label(n);
    std::iota(label.begin(), label.end(), 0);
    std::vector<std::uint32_t> count(n, 0);
    // The labels of v's neighbours that occur most often.
    auto most_frequent = [&](std::uint32_t v, std::vector<std::uint32_t>& best) {
      best.clear();
      std::uint32_t top = 0;
      for (std::uint32_t u : adj[v]) top = std::max(top, ++count[label[u]]);
      for (std::uint32_t u : adj[v])
        if (count[label[u]] == top && std::find(best.begin(), best.end(), label[u]) == best.end())
          best.push_back(label[u]);
      for (std::uint32_t u : adj[v]) count[label[u]] = 0;
    };
    std::vector<std::uint32_t> best;
    auto settled = [&] {
      for (std::uint32_t v = 0; v < n; ++v) {
        if (adj[v].empty()) continue;
        most_frequent(v, best);
        if (std::find(best.begin(), best.end(), label[v]) == best.end()) return false;
      }
      return true;
    };
    std::int64_t rounds = 0;
    while (!settled()) {
      if (++rounds > max_rounds)
        o.fail("NoConvergence",
               "the labels did not settle within " + std::to_string(max_rounds) + " rounds; raise `iterations`");
      ctx.check_interrupt();
      for (const auto& nodes : classes)
        for (std::uint32_t v : nodes) {
          if (adj[v].empty()) continue;
          most_frequent(v, best);
          if (best.size() == 1) label[v] = best.front();
          else if (std::find(best.begin(), best.end(), label[v]) == best.end())
            label[v] = *std::max_element(best.begin(), best.end());
        }
    }
    for (std::size_t v = 0; v < n; ++v)
      out.push_back({value(node_ref{p.nodes[v]}), value(static_cast<std::int64_t>(p.nodes[label[v]]))});
  }
};

} // namespace

procedure_ptr make_algo_communities() { return std::make_shared<communities>(); }

} // namespace annals::procedures
