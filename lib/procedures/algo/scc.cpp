// algo.scc: strongly connected components (Boost's strong_components,
// Tarjan's algorithm) of the directed projection; on an undirected one they
// are the weak components. `component` is the smallest node id in it.
#include "procedures/algo/algo_procedure.hpp"
#include "procedures/algo/components.hpp"

#include <boost/graph/strong_components.hpp>

namespace annals::procedures {
namespace {

class scc final : public algo::algo_procedure {
public:
  scc()
      : algo_procedure("algo.scc", {node_output(), integer_output("component")}, "strongly connected components", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o);
    const auto g = algo::out_graph(p);
    const std::size_t n = p.vertex_count();
    std::vector<std::uint32_t> component(n);
    if (n > 0)
      boost::strong_components(g, boost::make_iterator_property_map(component.begin(), get(boost::vertex_index, g)));
    const auto names = algo::name_components(p, component);
    for (std::size_t v = 0; v < n; ++v) out.push_back({value(node_ref{p.nodes[v]}), value(names[v])});
  }
};

} // namespace

procedure_ptr make_algo_scc() { return std::make_shared<scc>(); }

} // namespace annals::procedures
