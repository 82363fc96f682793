// Where the statements typed into the shell begin and end: at each ';' that
// is not inside a string, a `name` or a comment. The shell runs its buffer
// when the last statement in it is closed.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace annals::cli {

struct statement_span {
  std::size_t begin = 0, end = 0; // the text of the statement, without its ';'
};

struct statement_scan {
  std::vector<statement_span> statements; // those with content (not just blanks and comments)
  bool complete = false; // the text ends after a ';', with only blanks and comments after it
  bool blank = false;    // the text holds only blanks and finished comments
};

statement_scan scan_statements(std::string_view text);

} // namespace annals::cli
