// algo.two_camps: splits the network into two sides so that every projected
// relationship joins the two (a two-colouring, by breadth-first search from
// the smallest node of each component, which gets side 0), direction
// ignored. When no split exists, the error names an odd cycle.
#include "procedures/algo/algo_procedure.hpp"

#include <algorithm>
#include <deque>

namespace annals::procedures {
namespace {

class two_camps final : public algo::algo_procedure {
public:
  two_camps()
      : algo_procedure("algo.two_camps", {node_output(), integer_output("side")},
                       "two-colouring: the two camps, or an error naming an odd cycle", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o, true);
    const auto adj = algo::undirected_neighbours(p);
    const std::size_t n = p.vertex_count();
    std::vector<int> side(n, -1);
    std::vector<std::uint32_t> parent(n);
    std::deque<std::uint32_t> queue;
    for (std::uint32_t root = 0; root < n; ++root) {
      if (side[root] >= 0) continue;
      side[root] = 0;
      parent[root] = root;
      queue.push_back(root);
      while (!queue.empty()) {
        const auto v = queue.front();
        queue.pop_front();
        for (std::uint32_t u : adj[v]) {
          if (side[u] < 0) {
            side[u] = 1 - side[v];
            parent[u] = v;
            queue.push_back(u);
          } else if (side[u] == side[v]) {
            fail_with_cycle(ctx, o, p, parent, v, u);
          }
        }
      }
    }
    for (std::size_t v = 0; v < n; ++v)
      out.push_back({value(node_ref{p.nodes[v]}), value(static_cast<std::int64_t>(side[v]))});
  }

private:
  // v and u are neighbours on the same side: their tree paths up to the
  // nearest common ancestor and the edge between them make an odd cycle.
  [[noreturn]] static void fail_with_cycle(const procedure_context& ctx, const algo::call_options& o,
                                           const algo::projection& p, const std::vector<std::uint32_t>& parent,
                                           std::uint32_t v, std::uint32_t u) {
    auto up = [&](std::uint32_t x) {
      std::vector<std::uint32_t> path{x};
      while (parent[x] != x) path.push_back(x = parent[x]);
      return path; // x, …, root
    };
    auto a = up(v), b = up(u);
    while (a.size() > 1 && b.size() > 1 && a[a.size() - 2] == b[b.size() - 2]) a.pop_back(), b.pop_back();
    // a: v … ancestor; b: u … ancestor (same last element)
    std::vector<std::uint32_t> cycle(a.begin(), a.end());
    for (std::size_t i = b.size() - 1; i-- > 0;) cycle.push_back(b[i]);
    cycle.push_back(v);
    std::string text;
    for (auto x : cycle) text += (text.empty() ? "" : " - ") + algo::describe_node(ctx.g, p.nodes[x]);
    o.fail("OddCycle", "no two camps: the odd cycle " + text + " joins one side to itself (" +
                           std::to_string(cycle.size() - 1) + " relationships)");
  }
};

} // namespace

procedure_ptr make_algo_two_camps() { return std::make_shared<two_camps>(); }

} // namespace annals::procedures
