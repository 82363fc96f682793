// What a ProcedureCall operator runs: the procedure, its bound arguments and
// which output goes to which row slot.
#pragma once

#include "annals/procedure.hpp"
#include "bind/bound_expression.hpp"

#include <memory>
#include <vector>

namespace annals::plan {

struct procedure_call_spec {
  std::shared_ptr<const procedure> proc;
  const procedure_registry* procedures = nullptr; // the registry it came from (dbms.procedures() lists it)
  // Explicit arguments, one per given input (defaults fill the rest); with
  // `implicit_arguments` the inputs are read from the parameters of the same names.
  std::vector<bind::bound_ptr> arguments;
  bool implicit_arguments = false;
  std::vector<std::pair<std::size_t, bind::slot>> yields; // output index -> slot
};

} // namespace annals::plan
