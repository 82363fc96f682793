// algo.degree: how many projected relationships each node has — outgoing
// ('out'), incoming ('in') or all ('undirected') — or with `weight`, the sum
// of their weights.
#include "procedures/algo/algo_procedure.hpp"

namespace annals::procedures {
namespace {

class degree final : public algo::algo_procedure {
public:
  degree() : algo_procedure("algo.degree", {node_output(), float_output("score")}, "degree centrality", {}) {}

protected:
  void run(const procedure_context& ctx, const algo::call_options& o, procedure_rows& out) const override {
    const auto p = algo::project(ctx, o);
    std::vector<double> score(p.vertex_count(), 0.0);
    for (const auto& e : p.edges) {
      score[e.from] += e.weight;
      if (!p.directed) score[e.to] += e.weight;
    }
    emit(p, score, out);
  }
};

} // namespace

procedure_ptr make_algo_degree() { return std::make_shared<degree>(); }

} // namespace annals::procedures
