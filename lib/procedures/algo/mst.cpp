// algo.mst: a minimum spanning forest (Kruskal's algorithm over Boost's
// disjoint sets), direction ignored: one row per relationship kept, with its
// weight (1 without `weight`). Ties go to the earlier pair of nodes.
#include "procedures/algo/algo_procedure.hpp"

#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <numeric>

namespace annals::procedures {
namespace {

class mst final : public algo::algo_procedure {
public:
  mst()
      : algo_procedure("algo.mst",
                       {{"relationship", {procedure_type::base::relationship, false}, {}}, float_output("weight")},
                       "minimum spanning forest (Kruskal)", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o, true);
    const std::size_t n = p.vertex_count();
    std::vector<std::uint32_t> order(p.edges.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return p.edges[a].weight < p.edges[b].weight; });
    std::vector<std::uint32_t> rank(n, 0), parent(n);
    auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
    auto parent_map = boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
    for (std::uint32_t v = 0; v < n; ++v) sets.make_set(v);
    for (std::uint32_t i : order) {
      const auto& e = p.edges[i];
      const auto a = sets.find_set(e.from), b = sets.find_set(e.to);
      if (a == b) continue;
      sets.link(a, b);
      out.push_back({value(rel_ref{e.rel}), value(e.weight)});
    }
  }
};

} // namespace

procedure_ptr make_algo_mst() { return std::make_shared<mst>(); }

} // namespace annals::procedures
