// --import-dir DIR and --import-any-file: which files COPY may read
// (include/annals/import_policy.hpp), for the subcommands that run scripts.
#pragma once

#include "annals/import_policy.hpp"

namespace CLI {
class App;
}

namespace annals::cli {

void add_import_options(CLI::App& command, import_policy& imports);

} // namespace annals::cli
