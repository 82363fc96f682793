// algo.betweenness: Brandes' betweenness centrality (Boost.Graph's
// brandes_betweenness_centrality), unnormalised as networkx's
// normalized=False: each pair of nodes counted once on an undirected
// projection, each ordered pair on a directed one. With `weight`, shortest
// paths are the lightest.
#include "procedures/algo/algo_procedure.hpp"

#include <boost/graph/betweenness_centrality.hpp>

namespace annals::procedures {
namespace {

class betweenness final : public algo::algo_procedure {
public:
  betweenness()
      : algo_procedure("algo.betweenness", {node_output(), float_output("score")}, "betweenness centrality (Brandes)",
                       {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o);
    const auto g = algo::out_graph(p);
    std::vector<double> score(p.vertex_count(), 0.0);
    auto centrality = boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, g));
    if (p.weighted)
      boost::brandes_betweenness_centrality(
          g, boost::centrality_map(centrality).weight_map(get(&algo::csr_edge::weight, g)));
    else boost::brandes_betweenness_centrality(g, boost::centrality_map(centrality));
    if (!p.directed)
      for (auto& s : score) s /= 2; // the symmetric graph walks every undirected path both ways
    emit(p, score, out);
  }
};

} // namespace

procedure_ptr make_algo_betweenness() { return std::make_shared<betweenness>(); }

} // namespace annals::procedures
