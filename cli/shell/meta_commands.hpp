// The shell's meta-commands: lines that start with ':' between statements.
#pragma once

#include "session.hpp"

#include <string_view>

namespace annals::cli {

session::status run_meta_command(session& s, std::string_view line);

} // namespace annals::cli
