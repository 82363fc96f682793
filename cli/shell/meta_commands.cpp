#include "meta_commands.hpp"

#include "schema_summary.hpp"
#include "vocabulary.hpp"

#include "../json_value.hpp"
#include "../limit_settings.hpp"
#include "../scripts.hpp"
#include "../snapshots.hpp"

#include "annals/format.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <vector>

#include <glob.h>

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

const meta_command_help* find_command(std::string_view name) {
  for (const auto& c : meta_commands())
    if (c.name == name || c.name.substr(1) == name) return &c;
  return nullptr;
}

status help(session& s, std::string_view command) {
  if (!command.empty()) {
    const auto* c = find_command(command);
    if (!c) return fail(s, "unknown command " + std::string(command) + " (:help lists the commands)");
    s.out() << c->usage << "\n  " << c->what << "\n";
    if (!c->details.empty()) {
      std::string_view d = c->details;
      for (std::size_t line = 0; line != std::string_view::npos;) {
        const auto end = d.find('\n', line);
        s.out() << "  " << d.substr(line, end == std::string_view::npos ? end : end - line) << "\n";
        line = end == std::string_view::npos ? end : end + 1;
      }
    }
    return status::ok;
  }
  s.out() << "Type Cypher statements ended by ';' (they may span lines), or one of:\n";
  for (const auto& c : meta_commands())
    if (c.name != ":exit" && c.name != ":q") s.out() << "  " << c.usage << std::string(30 - c.usage.size(), ' ') << c.what << "\n";
  s.out() << "Tab completes keywords, functions, labels (after ':'), properties (after '.') and parameters (after '$').\n"
          << "Ctrl-C cancels the running statement; Ctrl-D leaves. :help COMMAND tells more about one.\n";
  return status::ok;
}

status history(session& s, std::string_view argument) {
  const auto& entries = s.history();
  std::size_t shown = entries.size();
  if (!argument.empty()) {
    const auto n = std::strtoull(std::string(argument).c_str(), nullptr, 10);
    if (n == 0 || argument.find_first_not_of("0123456789") != std::string_view::npos)
      return fail(s, ":history takes a number of entries");
    shown = std::min<std::size_t>(n, entries.size());
  }
  const std::size_t width = std::to_string(entries.size()).size();
  for (std::size_t i = entries.size() - shown; i < entries.size(); ++i) {
    const auto number = std::to_string(i + 1);
    // A statement of several lines keeps them, indented under its number.
    std::string text = entries[i];
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
      text.insert(at + 1, std::string(width + 4, ' '));
    s.out() << std::string(width - number.size() + 2, ' ') << number << "  " << text << "\n";
  }
  return status::ok;
}

// The files of one :load argument: a folder's *.cypher, a pattern's matches, or the file itself.
std::vector<std::string> script_files(const std::string& argument) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(argument, ec)) {
    for (const auto& entry : fs::directory_iterator(argument, ec))
      if (entry.path().extension() == ".cypher" && entry.is_regular_file()) files.push_back(entry.path().string());
  } else if (argument.find_first_of("*?[") != std::string::npos) {
    glob_t found{};
    if (::glob(argument.c_str(), 0, nullptr, &found) == 0)
      for (std::size_t i = 0; i < found.gl_pathc; ++i) files.emplace_back(found.gl_pathv[i]);
    ::globfree(&found);
  } else {
    files.push_back(argument);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// :load FILE, :load FOLDER (its .cypher files), :load 'data/*.cypher'; several of them in a row.
status load(session& s, std::string_view argument) {
  if (argument.empty()) return fail(s, ":load takes a file, a folder or a pattern like data/*.cypher");
  std::vector<std::string> words;
  std::error_code ec;
  if (std::filesystem::exists(std::string(argument), ec)) words.emplace_back(argument); // a name with spaces
  else
    for (std::size_t at = 0; at < argument.size();) {
      const auto begin = argument.find_first_not_of(" \t", at);
      if (begin == std::string_view::npos) break;
      const auto end = std::min(argument.find_first_of(" \t", begin), argument.size());
      words.emplace_back(argument.substr(begin, end - begin));
      at = end;
    }
  std::vector<std::string> files;
  for (const auto& w : words) {
    const auto found = script_files(w);
    if (found.empty())
      return fail(s, std::filesystem::is_directory(w, ec) ? "no .cypher scripts in " + w : "no file matches " + w);
    files.insert(files.end(), found.begin(), found.end());
  }
  for (const auto& f : files)
    if (s.load(f) == status::failed) return status::failed;
  if (files.size() > 1) s.out() << "loaded " << files.size() << " scripts\n";
  return status::ok;
}

// In memory, changes are lost on leaving: the first :quit after some says so.
status quit(session& s) {
  if (s.interactive() && s.unsaved_changes() && !s.warned_of_unsaved) {
    s.warned_of_unsaved = true;
    s.out() << "the database has unsaved changes: :save FILE keeps them; :quit again leaves without saving\n";
    return status::ok;
  }
  return status::quit;
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
    s.mark_saved();
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
  s.mark_saved();
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

  if (name == ":quit" || name == ":exit" || name == ":q") return quit(s);
  if (name == ":help" || name == ":h" || name == ":?") return help(s, argument);
  if (name == ":schema") {
    try {
      const auto summary = schema_summary(s.db(), argument);
      if (!summary) return fail(s, "no table, label or type " + std::string(argument) + " (:schema lists them)");
      s.out() << *summary;
      return status::ok;
    } catch (const std::exception& e) {
      return fail(s, describe(e, ""));
    }
  }
  if (name == ":history") return history(s, argument);
  if (name == ":load") return load(s, argument);
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
