// Script files and the errors found in them, printed the same way by every command.
#pragma once

#include "annals/database.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace annals::cli {

// The whole file; throws std::runtime_error "cannot read FILE: reason".
std::string read_text(const std::filesystem::path& file);

// "file:line:column: Category: message", the line and a caret; "file: Category: message"
// when the error has no position; any other exception as "file: what".
std::string describe(const std::exception& e, const std::string& file);

// The same error placed elsewhere (in the whole input rather than one statement of it).
error moved_to(const error& e, source_position where, std::string line_text);

// Runs each script with database::execute, in order, and returns the result
// of the last one. Prints the first error to `err` and returns nothing.
std::optional<result> load_scripts(database& db, const std::vector<std::string>& files, std::ostream& err);

} // namespace annals::cli
