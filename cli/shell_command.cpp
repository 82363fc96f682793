#include "commands.hpp"

#include "snapshots.hpp"

#include "shell/line_editor.hpp"
#include "shell/session.hpp"

#include "annals/database.hpp"

#include <iostream>
#include <string>

#include <unistd.h>

namespace annals::cli {

namespace {

// Piped input runs in order and stops at the first error, as a script would.
int run_piped(session& s, std::istream& in, std::string_view source) {
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto status = s.feed(line, source, ++number);
    if (status == session::status::failed) return 1;
    if (status == session::status::quit) return 0;
  }
  return s.finish() == session::status::failed ? 1 : 0;
}

} // namespace

int run_shell(const shell_command& c) {
  const bool terminal = ::isatty(STDIN_FILENO) != 0;
  auto opened = open_database(c.db, std::cerr);
  if (!opened) return 1;
  database& db = *opened;
  db.limits() = c.limits; // before the session, which adds its Ctrl-C flag
  db.imports() = c.imports;
  session s(db, std::cout, std::cerr, terminal);
  s.settings().snapshot_file = c.db;
  s.settings().output = c.output;
  for (const auto& file : c.scripts)
    if (s.load(file) == session::status::failed && !terminal) return 1;
  s.mark_saved(); // the scripts can be loaded again: only what is typed later counts as unsaved
  return terminal ? run_line_editor(s) : run_piped(s, std::cin, "<stdin>");
}

} // namespace annals::cli
