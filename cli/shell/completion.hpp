// Tab completion at the shell prompt: meta-commands at the start of a line,
// labels and relationship types after ':', property keys after '.',
// parameter names after '$', file names after :load/:save/:open, limit
// names after :limit, and keywords and function names elsewhere.
#pragma once

#include "session.hpp"

namespace annals::cli {

// Installs the completer into readline; it reads the session's graph and parameters.
void install_completion(session& s);

} // namespace annals::cli
