#include "commands.hpp"
#include "json_value.hpp"
#include "scripts.hpp"

#include "annals/database.hpp"

#include <ostream>

namespace annals::cli {

int run_query(const query_command& c, std::ostream& out, std::ostream& err) {
  if (c.scripts.empty() && c.query.empty()) {
    err << "annals query: nothing to run; give a script or -e QUERY\n";
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

  database db;
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
  out << format_result(last, db.graph(), c.output);
  return 0;
}

} // namespace annals::cli
