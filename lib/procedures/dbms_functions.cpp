// dbms.functions(): the functions expressions can call, with how many
// arguments each takes and whether it aggregates.
#include "procedures/builtin_procedures.hpp"

#include "function/function_registry.hpp"

#include <algorithm>
#include <cctype>

namespace annals::procedures {
namespace {

class dbms_functions final : public annals::procedure {
public:
  dbms_functions()
      : procedure({"dbms.functions",
                   {},
                   {{"name", {procedure_type::base::string, false}, {}},
                    {"min_arguments", {procedure_type::base::integer, false}, {}},
                    {"max_arguments", {procedure_type::base::integer, true}, {}}, // null: any number
                    {"aggregating", {procedure_type::base::boolean, false}, {}}},
                   "the functions expressions can call"}) {}

  void call(const procedure_context&, std::span<const value>, procedure_rows& out) const override {
    auto names = function::function_names();
    std::sort(names.begin(), names.end());
    for (auto name : names) {
      std::string lower(name);
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (const auto* f = function::find_scalar(lower))
        out.push_back({value(name), value(static_cast<std::int64_t>(f->min_args)),
                       f->max_args >= 1000 ? value() : value(static_cast<std::int64_t>(f->max_args)), value(false)});
      else if (function::find_aggregate(lower)) {
        const bool two = lower == "percentilecont" || lower == "percentiledisc";
        out.push_back({value(name), value(std::int64_t{two ? 2 : 1}), value(std::int64_t{two ? 2 : 1}), value(true)});
      }
    }
  }
};

} // namespace

procedure_ptr make_dbms_functions() { return std::make_shared<dbms_functions>(); }

} // namespace annals::procedures
