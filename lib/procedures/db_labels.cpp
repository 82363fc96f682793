// db.labels(): the node labels of the graph — declared node tables and the
// labels live nodes carry — sorted, as Neo4j's db.labels() yields them.
#include "procedures/builtin_procedures.hpp"

#include "annals/graph.hpp"

#include <set>

namespace annals::procedures {
namespace {

class db_labels final : public annals::procedure {
public:
  db_labels()
      : procedure({"db.labels",
                   {},
                   {{"label", {procedure_type::base::string, false}, {}}},
                   "the node labels: declared node tables and labels in use"}) {}

  void call(const procedure_context& ctx, std::span<const value>, procedure_rows& out) const override {
    std::set<std::string> labels;
    for (const auto& [name, t] : ctx.g.schema().node_tables()) labels.insert(name);
    for (node_id n = 0; n < ctx.g.node_capacity(); ++n) {
      if (!ctx.g.node_alive(n)) continue;
      for (symbol l : ctx.g.node(n).labels) labels.insert(ctx.g.name(l));
      if ((n & 4095) == 0) ctx.check_interrupt();
    }
    for (const auto& l : labels) out.push_back({value(l)});
  }
};

} // namespace

procedure_ptr make_db_labels() { return std::make_shared<db_labels>(); }

} // namespace annals::procedures
