// How many bytes a value holds: its own size and what it owns on the heap
// (string characters, list elements, map entries, path steps). The figure
// query_limits::max_memory is counted in: an estimate from sizes and
// capacities, a little under what the allocator really hands out.
#pragma once

#include "annals/value.hpp"

#include <cstddef>
#include <vector>

namespace annals {

std::size_t footprint(const value& v);
// A row of values, the vector included.
std::size_t footprint(const std::vector<value>& values);

} // namespace annals
