// db.relationshipTypes(): declared relationship tables (derived ones
// included) and the types live relationships carry, sorted.
#include "procedures/builtin_procedures.hpp"

#include "annals/graph.hpp"

#include <set>

namespace annals::procedures {
namespace {

class db_relationship_types final : public annals::procedure {
public:
  db_relationship_types()
      : procedure({"db.relationshipTypes",
                   {},
                   {{"relationshipType", {procedure_type::base::string, false}, {}}},
                   "the relationship types: declared tables (derived ones included) and types in use"}) {}

  void call(const procedure_context& ctx, std::span<const value>, procedure_rows& out) const override {
    std::set<std::string> types;
    for (const auto& [name, t] : ctx.g.schema().rel_tables()) types.insert(name);
    for (rel_id r = 0; r < ctx.g.rel_capacity(); ++r) {
      if (ctx.g.rel_alive(r)) types.insert(ctx.g.name(ctx.g.rel(r).type));
      if ((r & 4095) == 0) ctx.check_interrupt();
    }
    for (const auto& t : types) out.push_back({value(t)});
  }
};

} // namespace

procedure_ptr make_db_relationship_types() { return std::make_shared<db_relationship_types>(); }

} // namespace annals::procedures
