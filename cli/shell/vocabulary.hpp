// The words the shell knows without looking at the graph: keywords, function
// names and meta-commands, for tab completion and :help.
#pragma once

#include <span>
#include <string_view>

namespace annals::cli {

std::span<const std::string_view> keywords();
std::span<const std::string_view> function_names();

struct meta_command_help {
  std::string_view name;  // ":format"
  std::string_view usage; // ":format table|csv|json"
  std::string_view what;
  std::string_view details = {}; // more for :help NAME
};
std::span<const meta_command_help> meta_commands();

} // namespace annals::cli
