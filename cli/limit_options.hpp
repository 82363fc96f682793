// --timeout MS and --limit NAME=VALUE, for the subcommands that run queries.
#pragma once

#include "annals/limits.hpp"

namespace CLI {
class App;
}

namespace annals::cli {

// Adds both options to `command`. CLI11 checks their values (with the
// shell's :limit rules) and then sets them in `limits`.
void add_limit_options(CLI::App& command, query_limits& limits);

} // namespace annals::cli
