// algo.wcc: weakly connected components (Boost's disjoint sets over the
// projected relationships, direction ignored). `component` is the smallest
// node id in the component.
#include "procedures/algo/algo_procedure.hpp"
#include "procedures/algo/components.hpp"

#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

namespace annals::procedures {
namespace {

class wcc final : public algo::algo_procedure {
public:
  wcc() : algo_procedure("algo.wcc", {node_output(), integer_output("component")}, "weakly connected components", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o);
    const std::size_t n = p.vertex_count();
    std::vector<std::uint32_t> rank(n, 0), parent(n);
    auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
    auto parent_map = boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
    boost::disjoint_sets<decltype(rank_map), decltype(parent_map)> sets(rank_map, parent_map);
    for (std::uint32_t v = 0; v < n; ++v) sets.make_set(v);
    for (const auto& e : p.edges) sets.union_set(e.from, e.to);
    std::vector<std::uint32_t> component(n);
    for (std::uint32_t v = 0; v < n; ++v) component[v] = sets.find_set(v);
    const auto names = algo::name_components(p, component);
    for (std::size_t v = 0; v < n; ++v) out.push_back({value(node_ref{p.nodes[v]}), value(names[v])});
  }
};

} // namespace

procedure_ptr make_algo_wcc() { return std::make_shared<wcc>(); }

} // namespace annals::procedures
