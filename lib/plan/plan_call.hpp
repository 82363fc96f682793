// Planning CALL: resolves the procedure, checks and binds its arguments and
// YIELD items, and adds the ProcedureCall operator (and a Filter for YIELD … WHERE).
#pragma once

#include "annals/procedure.hpp"
#include "ast/parsed_call.hpp"
#include "bind/binder.hpp"
#include "plan/logical_operator.hpp"

namespace annals::plan {

struct call_context {
  bind::binder& binder;
  const procedure_registry& procedures;
  const std::string& script; // error positions refer to it
};

// `standalone`: the CALL is the whole query; then it may take implicit
// arguments and YIELD *, yields every output when it names none, and ends
// in the Produce of the result columns (written to `columns`).
// `reads_relationships` is set when the procedure reads relationships.
op_ptr plan_call(call_context& cx, const ast::parsed_call& c, op_ptr input, bind::scope& s, bool standalone,
                 std::vector<std::string>* columns, bool& reads_relationships);

} // namespace annals::plan
