// Component numbers as algo.wcc and algo.scc yield them: the id of the
// component's node with the smallest id, so they are stable from run to run.
#pragma once

#include "procedures/algo/projection.hpp"

namespace annals::procedures::algo {

// `component[v]` is any per-vertex grouping; the result names each group by its smallest node id.
inline std::vector<std::int64_t> name_components(const projection& p, const std::vector<std::uint32_t>& component) {
  std::vector<std::int64_t> smallest(p.vertex_count(), -1), out(p.vertex_count());
  for (std::size_t v = 0; v < p.vertex_count(); ++v) // nodes ascend: the first seen is the smallest
    if (smallest[component[v]] < 0) smallest[component[v]] = p.nodes[v];
  for (std::size_t v = 0; v < p.vertex_count(); ++v) out[v] = smallest[component[v]];
  return out;
}

} // namespace annals::procedures::algo
