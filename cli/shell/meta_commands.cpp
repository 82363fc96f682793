#include "meta_commands.hpp"

#include "schema_summary.hpp"
#include "vocabulary.hpp"

#include "../json_value.hpp"
#include "../limit_settings.hpp"
#include "../scripts.hpp"
#include "../snapshots.hpp"

#include "annals/format.hpp"

#include <cstdlib>
#include <ostream>

namespace annals::cli {

namespace {

using status = session::status;

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r;") - first + 1);
}

status fail(session& s, std::string_view message) {
  s.out().flush();
  s.err() << message << std::endl;
  return status::failed;
}

status toggle(session& s, std::string_view name, std::string_view argument, bool& setting) {
  if (argument == "on" || argument == "off") setting = argument == "on";
  else if (!argument.empty()) return fail(s, ":" + std::string(name) + " takes on or off");
  s.out() << name << " is " << (setting ? "on" : "off") << "\n";
  return status::ok;
}

status help(session& s) {
  s.out() << "Type Cypher statements ended by ';' (they may span lines), or one of:\n";
  for (const auto& c : meta_commands())
    if (c.name != ":exit" && c.name != ":q") s.out() << "  " << c.usage << std::string(30 - c.usage.size(), ' ') << c.what << "\n";
  s.out() << "Tab completes keywords, functions, labels (after ':'), properties (after '.') and parameters (after '$').\n"
          << "Ctrl-C cancels the running statement; Ctrl-D leaves.\n";
  return status::ok;
}

status params(session& s, std::string_view argument) {
  auto& parameters = s.settings().parameters;
  if (argument == "clear") {
    parameters.clear();
    return status::ok;
  }
  if (argument.empty()) {
    for (const auto& [name, v] : parameters) s.out() << "$" << name << " = " << render(v, s.db().graph()) << "\n";
    if (parameters.empty()) s.out() << "no parameters\n";
    return status::ok;
  }
  try {
    auto [name, v] = parse_parameter(argument);
    parameters.insert_or_assign(std::move(name), std::move(v));
    return status::ok;
  } catch (const std::invalid_argument& e) {
    return fail(s, e.what());
  }
}

status format(session& s, std::string_view argument) {
  if (!argument.empty()) {
    const auto f = parse_format(argument);
    if (!f) return fail(s, ":format takes " + format_names());
    s.settings().output.format = *f;
  }
  s.out() << "format is " << format_name(s.settings().output.format) << "\n";
  return status::ok;
}

status max_width(session& s, std::string_view argument) {
  auto& width = s.settings().output.max_cell_width;
  if (argument == "off" || argument == "0") width = 0;
  else if (!argument.empty()) {
    const auto n = std::strtoull(std::string(argument).c_str(), nullptr, 10);
    if (argument.find_first_not_of("0123456789") != std::string_view::npos || n == 0 || n > 100000)
      return fail(s, ":maxwidth takes a number of columns (1 to 100000) or off");
    width = n;
  }
  s.out() << "maxwidth is " << (width ? std::to_string(width) : std::string("off")) << "\n";
  return status::ok;
}

// :save with no file writes where the database came from (--db, :open).
status save(session& s, std::string_view argument) {
  const std::string file = argument.empty() ? s.settings().snapshot_file : std::string(argument);
  if (file.empty()) return fail(s, ":save takes a file name (or start the shell with --db FILE)");
  try {
    s.out() << save_snapshot(s.db(), file) << "\n";
    return status::ok;
  } catch (const std::exception& e) {
    return fail(s, describe(e, ""));
  }
}

// database::open changes nothing on a bad file, so the session goes on with the database it had.
status open(session& s, std::string_view argument) {
  if (argument.empty()) return fail(s, ":open takes a file name");
  const std::string file(argument);
  try {
    s.db().open(file);
  } catch (const std::exception& e) {
    return fail(s, describe(e, ""));
  }
  s.settings().snapshot_file = file;
  s.out() << "opened " << file << ": " << graph_size(s.db().graph()) << "\n";
  return status::ok;
}

status show_limit(session& s, std::string_view name) {
  s.out() << name << " is " << limit_value(s.db().limits(), name) << "\n";
  return status::ok;
}

status timeout(session& s, std::string_view argument) {
  if (!argument.empty())
    if (const auto e = set_limit(s.db().limits(), "timeout", argument)) return fail(s, *e);
  return show_limit(s, "timeout");
}

status show_limits(session& s) {
  constexpr std::size_t width = 23; // the longest name (max_intermediate_rows) and two spaces
  for (const auto& name : limit_names())
    s.out() << name << std::string(width - name.size(), ' ') << limit_value(s.db().limits(), name) << "\n";
  return status::ok;
}

// :limit NAME VALUE sets one; :limit NAME shows it; :limit alone shows them all.
status limit(session& s, std::string_view argument) {
  if (argument.empty()) return show_limits(s);
  const auto space = argument.find_first_of(" \t");
  const auto name = argument.substr(0, space);
  const auto value = space == std::string_view::npos ? std::string_view{} : trimmed(argument.substr(space));
  if (const auto e = unknown_limit(name)) return fail(s, *e);
  if (!value.empty())
    if (const auto e = set_limit(s.db().limits(), name, value)) return fail(s, *e);
  return show_limit(s, name);
}

} // namespace

status run_meta_command(session& s, std::string_view line) {
  line = trimmed(line);
  const auto space = line.find_first_of(" \t");
  const auto name = line.substr(0, space);
  const auto argument = space == std::string_view::npos ? std::string_view{} : trimmed(line.substr(space));
  auto& settings = s.settings();

  if (name == ":quit" || name == ":exit" || name == ":q") return status::quit;
  if (name == ":help" || name == ":h" || name == ":?") return help(s);
  if (name == ":schema") {
    s.out() << schema_summary(s.db().graph());
    return status::ok;
  }
  if (name == ":load") return argument.empty() ? fail(s, ":load takes a file name") : s.load(std::string(argument));
  if (name == ":params" || name == ":param") return params(s, argument);
  if (name == ":format" || name == ":mode") return format(s, argument);
  if (name == ":maxwidth") return max_width(s, argument);
  if (name == ":timing") return toggle(s, "timing", argument, settings.timing);
  if (name == ":explain") return toggle(s, "explain", argument, settings.explain);
  if (name == ":profile") return toggle(s, "profile", argument, settings.profile);
  if (name == ":cite") return toggle(s, "cite", argument, settings.output.cite);
  if (name == ":save") return save(s, argument);
  if (name == ":open") return open(s, argument);
  if (name == ":timeout") return timeout(s, argument);
  if (name == ":limits") return show_limits(s);
  if (name == ":limit") return limit(s, argument);
  return fail(s, "unknown command " + std::string(name) + " (:help lists the commands)");
}

} // namespace annals::cli
