// The shell at a terminal: readline for editing, history in ~/.annals_history,
// a continuation prompt inside a statement, Ctrl-C and Ctrl-D.
#pragma once

#include "session.hpp"

namespace annals::cli {

// Reads and runs lines until :quit or Ctrl-D. Returns the exit status.
int run_line_editor(session& s);

} // namespace annals::cli
