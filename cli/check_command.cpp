#include "commands.hpp"
#include "scripts.hpp"

#include "annals/database.hpp"

#include <algorithm>
#include <ostream>

namespace annals::cli {

namespace {

struct piece {
  std::string file;
  std::size_t first_line; // of the file in the joined text
  std::size_t offset;
};

std::size_t count_lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

} // namespace

// The files are checked as one script, so that a file sees the tables the files
// before it declare. Each file starts on a line of its own and is closed by a ';'
// on a line of its own, so an error's line tells which file it is in.
int run_check(const std::vector<std::string>& scripts, std::ostream& err) {
  std::string joined;
  std::vector<piece> pieces;
  bool failed = false;
  for (const auto& file : scripts) {
    try {
      auto text = read_text(file);
      pieces.push_back({file, count_lines(joined) + 1, joined.size()});
      joined += text + "\n;\n";
    } catch (const std::exception& e) {
      err << e.what() << '\n';
      failed = true;
    }
  }

  database db;
  for (const auto& e : db.check(joined)) {
    failed = true;
    const auto where = e.where();
    auto in = std::find_if(pieces.rbegin(), pieces.rend(), [&](const piece& p) { return p.first_line <= where.line; });
    if (where.line == 0 || in == pieces.rend()) {
      err << describe(e, "") << '\n';
      continue;
    }
    const source_position local{where.line - in->first_line + 1, where.column,
                                where.offset >= in->offset ? where.offset - in->offset : 0};
    err << describe(moved_to(e, local, e.line_text()), in->file) << '\n';
  }
  return failed ? 1 : 0;
}

} // namespace annals::cli
