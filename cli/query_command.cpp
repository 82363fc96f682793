#include "commands.hpp"
#include "json_value.hpp"
#include "scripts.hpp"
#include "snapshots.hpp"

#include "annals/database.hpp"

#include <ostream>

namespace annals::cli {

int run_query(const query_command& c, std::ostream& out, std::ostream& err) {
  if (c.scripts.empty() && c.query.empty() && c.save.empty()) {
    err << "annals query: nothing to run; give a script, -e QUERY or --save FILE\n";
    return 1;
  }
  value_map parameters;
  try {
    for (const auto& p : c.parameters) {
      auto [name, v] = parse_parameter(p);
      parameters.insert_or_assign(std::move(name), std::move(v));
    }
  } catch (const std::invalid_argument& e) {
    err << "annals query: " << e.what() << '\n';
    return 1;
  }

  auto opened = open_database(c.db, err);
  if (!opened) return 1;
  database& db = *opened;
  db.limits() = c.limits;
  db.imports() = c.imports;
  auto loaded = load_scripts(db, c.scripts, err);
  if (!loaded) return 1;
  result last = std::move(*loaded);
  if (!c.query.empty()) {
    try {
      last = db.query(c.query, parameters);
    } catch (const std::exception& e) {
      err << describe(e, "") << '\n';
      return 1;
    }
  }
  // Saved before the result is printed, so that a failure leaves nothing on stdout to mistake for success.
  if (!c.save.empty()) {
    try {
      err << save_snapshot(db, c.save) << '\n'; // stderr, like export's "wrote …": stdout is the result
    } catch (const std::exception& e) {
      err << describe(e, "") << '\n';
      return 1;
    }
  }
  // With only --db and --save there is no result to print.
  if (c.scripts.empty() && c.query.empty()) return 0;
  // EXPLAIN prints the plan alone, PROFILE the plan with its counters and then
  // the rows, as the shell does; beside rows for programs (csv, tsv, json,
  // jsonlines) the plan goes to stderr, so that stdout stays one document.
  if (!last.plan().empty()) {
    const auto f = c.output.format;
    const bool for_programs = f == output_format::csv || f == output_format::tsv || f == output_format::json ||
                              f == output_format::jsonlines;
    std::ostream& to = last.explained_only() || !for_programs ? out : err;
    to << last.plan() << (last.plan().back() == '\n' ? "" : "\n");
  }
  if (!last.explained_only()) write_result(out, last, db.graph(), c.output);
  return 0;
}

} // namespace annals::cli
