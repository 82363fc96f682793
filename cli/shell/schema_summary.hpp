// :schema — the declared tables with their columns, endpoints and counts,
// then the labels and types used without a declaration.
#pragma once

#include "annals/graph.hpp"

#include <string>

namespace annals::cli {

std::string schema_summary(const graph& g);

} // namespace annals::cli
