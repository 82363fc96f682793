#include "meta_commands.hpp"

#include "schema_summary.hpp"
#include "vocabulary.hpp"

#include "../json_value.hpp"

#include "annals/format.hpp"

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
    if (!f) return fail(s, ":format takes table, csv or json");
    s.settings().output.format = *f;
  }
  s.out() << "format is " << format_name(s.settings().output.format) << "\n";
  return status::ok;
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
  if (name == ":format") return format(s, argument);
  if (name == ":timing") return toggle(s, "timing", argument, settings.timing);
  if (name == ":explain") return toggle(s, "explain", argument, settings.explain);
  if (name == ":profile") return toggle(s, "profile", argument, settings.profile);
  if (name == ":cite") return toggle(s, "cite", argument, settings.output.cite);
  if (name == ":save" || name == ":open") return fail(s, "snapshots are not available yet");
  return fail(s, "unknown command " + std::string(name) + " (:help lists the commands)");
}

} // namespace annals::cli
