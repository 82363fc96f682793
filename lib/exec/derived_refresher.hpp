// The way back from a running write statement to the derived types it reads
// (lib/derive/): a pattern over a derived type asks for it to be brought up
// to date first, so that it reflects the statement's own earlier writes.
// Read-only statements need none: the graph cannot change while they run,
// and their derived types were brought up to date before they started.
#pragma once

#include "annals/symbol_table.hpp"

#include <span>

namespace annals::exec {

struct eval_context;

struct derived_refresher {
  virtual ~derived_refresher() = default;
  // `types` as a pattern names them; empty: every derived type (an untyped pattern).
  virtual void bring_up_to_date(std::span<const symbol> types, eval_context& ctx) = 0;
};

} // namespace annals::exec
