// The query limits (annals/limits.hpp) by name, as the shell's :limit and
// :timeout and the command line's --limit and --timeout spell them.
#pragma once

#include "annals/error.hpp"
#include "annals/limits.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace annals::cli {

// max_expression_depth, max_pattern_length, max_clauses, max_path_length, max_result_rows,
// max_intermediate_rows, timeout: the fields of query_limits but `cancel`.
std::span<const std::string_view> limit_names();

// Sets limit `name` from `value`: a whole number above 0, or for timeout a
// number of milliseconds or "off" (0 is off too). Returns the error to print
// when the name or the value is bad, and then changes nothing.
std::optional<std::string> set_limit(query_limits& limits, std::string_view name, std::string_view value);

// The error for a name that is not one of limit_names(); nothing when it is one.
std::optional<std::string> unknown_limit(std::string_view name);

// Whether set_limit would accept `name` and `value`: the error it would give.
std::optional<std::string> limit_error(std::string_view name, std::string_view value);

// The limit as it is shown: "200", or for timeout "250 ms" or "off"; `name` is one of limit_names().
std::string limit_value(const query_limits& limits, std::string_view name);

// Where a limit is raised: the command line's options or the shell's commands.
enum class limit_interface { command_line, shell };

// `e` with its advice on raising a limit in the terms of `where`: the library
// writes "raise database::limits().max_result_rows"; the command line reads
// "raise it with --limit max_result_rows=N" (--timeout MS), the shell
// "raise it with :limit max_result_rows N" (:timeout MS). Other errors come back unchanged.
error spelled_for(const error& e, limit_interface where);

} // namespace annals::cli
