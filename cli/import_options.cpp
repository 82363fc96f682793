#include "import_options.hpp"

#include <CLI/CLI.hpp>

namespace annals::cli {

void add_import_options(CLI::App& command, import_policy& imports) {
  auto* dir = command
                  .add_option("--import-dir", imports.directory,
                              "the directory COPY reads from: files outside it are refused, relative paths start "
                              "there (default: the current directory)")
                  ->type_name("DIR")
                  ->check(CLI::ExistingDirectory);
  command.add_flag("--import-any-file", imports.allow_any_file, "let COPY read any file this process can read")
      ->excludes(dir);
}

} // namespace annals::cli
