// An aggregate found while binding a projection: count(x), collect(DISTINCT y)…
#pragma once

#include "bind/bound_expression.hpp"

namespace annals::bind {

struct aggregate_spec {
  aggregate_kind kind;
  bool distinct = false;
  bound_ptr argument;   // null for count(*)
  bound_ptr parameter;  // percentileCont(x, 0.5): the 0.5
  slot result;
};

} // namespace annals::bind
