// The subcommands of `annals`. Each returns the process exit status and
// writes results to `out`, errors to `err`.
#pragma once

#include "output.hpp"

#include "annals/import_policy.hpp"
#include "annals/limits.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace annals::cli {

struct query_command {
  std::vector<std::string> scripts;
  std::string query; // empty: print the result of the last script
  std::vector<std::string> parameters; // name=JSON
  output_options output;
  std::string db;   // --db: a snapshot to open first (none yet: start empty)
  std::string save; // --save: where to write a snapshot once everything has run
  query_limits limits;
  import_policy imports; // --import-dir, --import-any-file
};
int run_query(const query_command& c, std::ostream& out, std::ostream& err);

int run_check(const std::vector<std::string>& scripts, std::ostream& err);

struct demo_command {
  std::filesystem::path data_dir; // --data
  std::optional<bool> pause;      // --pause / --no-pause; unset: pause at a terminal
};
// Where the bundled dataset is: installed, <bindir>/../share/annals/intervention;
// run from the build tree, the source tree's examples/intervention.
std::filesystem::path bundled_dataset_dir();
// The tour: each question of DATA/queries with its answer, pausing between them (reading `in`).
int run_demo(const demo_command& c, std::istream& in, std::ostream& out, std::ostream& err);

struct export_command {
  std::vector<std::string> scripts;
  std::string query; // empty: the whole graph
  std::string to;    // dot, graphml, svg, png, csv, cypher
  std::string output;
  std::string dialect; // empty: the format's default
  std::string db;      // --db: a snapshot to open before the scripts
  query_limits limits;
  import_policy imports;
};
int run_export(const export_command& c, std::ostream& out, std::ostream& err);

struct shell_command {
  std::vector<std::string> scripts;
  std::string db; // --db: a snapshot to open first, and where :save writes
  output_options output; // --format, --max-width: the starting :format and :maxwidth
  query_limits limits;
  import_policy imports;
};
int run_shell(const shell_command& c);

} // namespace annals::cli
