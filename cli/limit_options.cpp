#include "limit_options.hpp"

#include "limit_settings.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals::cli {

namespace {

// "max_result_rows=1000" -> ("max_result_rows", "1000"); nothing without an '='.
std::optional<std::pair<std::string_view, std::string_view>> split_setting(std::string_view setting) {
  const auto equals = setting.find('=');
  if (equals == std::string_view::npos) return std::nullopt;
  return std::pair{setting.substr(0, equals), setting.substr(equals + 1)};
}

std::string setting_error(const std::string& setting) {
  const auto parts = split_setting(setting);
  if (!parts) return "'" + setting + "' is not NAME=VALUE";
  return limit_error(parts->first, parts->second).value_or("");
}

} // namespace

void add_limit_options(CLI::App& command, query_limits& limits) {
  command
      .add_option_function<std::string>(
          "--timeout", [&limits](const std::string& ms) { set_limit(limits, "timeout", ms); },
          "end any statement that runs longer than MS milliseconds (off or 0: no limit, the default)")
      ->type_name("MS")
      ->check(CLI::Validator([](std::string& ms) { return limit_error("timeout", ms).value_or(""); }, ""));
  command
      .add_option_function<std::vector<std::string>>(
          "--limit",
          [&limits](const std::vector<std::string>& settings) {
            for (const auto& s : settings) {
              const auto [name, value] = *split_setting(s); // checked already
              set_limit(limits, name, value);
            }
          },
          "a query limit (repeatable): max_expression_depth, max_pattern_length, max_clauses, max_path_length, "
          "max_result_rows, max_intermediate_rows, max_memory (bytes: 2GB, 512MB) or timeout (ms)")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false) // one setting per --limit, so scripts may follow
      ->check(CLI::Validator(setting_error, ""));
}

} // namespace annals::cli
