// The shape every algo.* procedure shares: one map argument (the
// projection keys and the algorithm's own options, defaulting to {}: the
// whole graph), rows of `node` plus the algorithm's value columns.
#pragma once

#include "procedures/algo/projection.hpp"
#include "procedures/builtin_procedures.hpp"

namespace annals::procedures::algo {

class algo_procedure : public annals::procedure {
public:
  // `options`: the algorithm's own keys, besides the projection's.
  algo_procedure(std::string name, std::vector<procedure_field> outputs, std::string description,
                 std::set<std::string> options)
      : procedure({std::move(name),
                   {{"projection", {procedure_type::base::map, true}, value(value_map{})}},
                   std::move(outputs),
                   std::move(description)}),
        options_(std::move(options)) {}

  bool reads_relationships() const override { return true; }

  void call(const procedure_context& ctx, std::span<const value> args, procedure_rows& out) const final {
    const call_options options(args.empty() ? value() : args[0], signature().name, options_);
    run(ctx, options, out);
  }

protected:
  virtual void run(const procedure_context& ctx, const call_options& options, procedure_rows& out) const = 0;

  // One row per projected node: the node and its score.
  static void emit(const projection& p, const std::vector<double>& scores, procedure_rows& out) {
    for (std::size_t v = 0; v < p.vertex_count(); ++v) out.push_back({value(node_ref{p.nodes[v]}), value(scores[v])});
  }
  static procedure_field node_output() { return {"node", {procedure_type::base::node, false}, {}}; }
  static procedure_field float_output(std::string name) {
    return {std::move(name), {procedure_type::base::float_, false}, {}};
  }
  static procedure_field integer_output(std::string name) {
    return {std::move(name), {procedure_type::base::integer, false}, {}};
  }

private:
  std::set<std::string> options_;
};

} // namespace annals::procedures::algo
