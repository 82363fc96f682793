// db.propertyKeys(): the columns of declared tables and the property keys
// live nodes and relationships carry, sorted.
#include "procedures/builtin_procedures.hpp"

#include "annals/graph.hpp"

#include <set>

namespace annals::procedures {
namespace {

class db_property_keys final : public annals::procedure {
public:
  db_property_keys()
      : procedure({"db.propertyKeys",
                   {},
                   {{"propertyKey", {procedure_type::base::string, false}, {}}},
                   "the property keys: columns of declared tables and keys in use"}) {}

  bool reads_relationships() const override { return true; } // derived relationships carry properties too

  void call(const procedure_context& ctx, std::span<const value>, procedure_rows& out) const override {
    const graph& g = ctx.g;
    std::set<std::string> keys;
    for (const auto& [name, t] : g.schema().node_tables())
      for (const auto& c : t.columns) keys.insert(c.name);
    for (const auto& [name, t] : g.schema().rel_tables())
      for (const auto& c : t.columns) keys.insert(c.name);
    for (node_id n = 0; n < g.node_capacity(); ++n) {
      if (!g.node_alive(n)) continue;
      for (const auto& [k, v] : g.node(n).properties) keys.insert(g.name(k));
      if ((n & 4095) == 0) ctx.check_interrupt();
    }
    for (rel_id r = 0; r < g.rel_capacity(); ++r) {
      if (!g.rel_alive(r)) continue;
      for (const auto& [k, v] : g.rel(r).properties) keys.insert(g.name(k));
      if ((r & 4095) == 0) ctx.check_interrupt();
    }
    for (const auto& k : keys) out.push_back({value(k)});
  }
};

} // namespace

procedure_ptr make_db_property_keys() { return std::make_shared<db_property_keys>(); }

} // namespace annals::procedures
