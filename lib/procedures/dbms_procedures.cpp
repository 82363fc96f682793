// dbms.procedures(): every procedure the database can CALL, with its
// signature, as Neo4j lists them.
#include "procedures/builtin_procedures.hpp"

namespace annals::procedures {
namespace {

class dbms_procedures final : public annals::procedure {
public:
  dbms_procedures()
      : procedure({"dbms.procedures",
                   {},
                   {{"name", {procedure_type::base::string, false}, {}},
                    {"signature", {procedure_type::base::string, false}, {}},
                    {"description", {procedure_type::base::string, false}, {}}},
                   "the procedures CALL can run"}) {}

  void call(const procedure_context& ctx, std::span<const value>, procedure_rows& out) const override {
    for (const auto& p : ctx.procedures.all()) {
      const auto& s = p->signature();
      out.push_back({value(s.name), value(s.to_string()), value(s.description)});
    }
  }
};

} // namespace

procedure_ptr make_dbms_procedures() { return std::make_shared<dbms_procedures>(); }

} // namespace annals::procedures
