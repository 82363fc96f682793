// Script files and the errors found in them, printed the same way by every command.
#pragma once

#include "annals/database.hpp"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace annals::cli {

// Scripts are text to parse, not data: bigger ones are refused before they are read.
inline constexpr std::uint64_t max_script_bytes = std::uint64_t{256} << 20;

// The whole file; throws std::runtime_error "cannot read FILE: reason": not
// a regular file (a FIFO or /dev/zero is refused at once, never read until
// memory runs out), or more than max_script_bytes.
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
