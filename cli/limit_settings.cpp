#include "limit_settings.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <limits>

namespace annals::cli {

namespace {

// The limits counted in levels, hops or rows: all but timeout, in the order of annals/limits.hpp.
struct count_limit {
  std::string_view name;
  std::size_t query_limits::*member;
};
constexpr count_limit count_limits[] = {
    {"max_expression_depth", &query_limits::max_expression_depth},
    {"max_pattern_length", &query_limits::max_pattern_length},
    {"max_clauses", &query_limits::max_clauses},
    {"max_path_length", &query_limits::max_path_length},
    {"max_result_rows", &query_limits::max_result_rows},
    {"max_intermediate_rows", &query_limits::max_intermediate_rows},
    {"max_memory", &query_limits::max_memory},
};

constexpr auto names = [] {
  std::array<std::string_view, std::size(count_limits) + 1> all{};
  for (std::size_t i = 0; i < std::size(count_limits); ++i) all[i] = count_limits[i].name;
  all.back() = "timeout";
  return all;
}();

// A deadline is now + timeout in steady_clock's nanoseconds; this bound (24.8 days) keeps it far from overflowing.
constexpr std::size_t max_timeout_ms = std::numeric_limits<std::int32_t>::max();

std::size_t query_limits::*member_of(std::string_view name) {
  for (const auto& l : count_limits)
    if (l.name == name) return l.member;
  return nullptr;
}

std::optional<std::size_t> whole_number(std::string_view text) {
  std::size_t n = 0;
  const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (failure != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return n;
}

// Bytes, bare or with a unit of 1024: 1048576, 512KB, 64MB, 2GB, 1TB.
std::optional<std::size_t> byte_amount(std::string_view text) {
  static constexpr std::pair<std::string_view, int> units[] = {{"KB", 10}, {"MB", 20}, {"GB", 30}, {"TB", 40}};
  for (const auto& [unit, shift] : units)
    if (text.size() > unit.size() && text.ends_with(unit)) {
      const auto n = whole_number(text.substr(0, text.size() - unit.size()));
      if (!n || *n > (std::numeric_limits<std::size_t>::max() >> shift)) return std::nullopt;
      return *n << shift;
    }
  return whole_number(text);
}

} // namespace

std::span<const std::string_view> limit_names() { return names; }

std::optional<std::string> unknown_limit(std::string_view name) {
  if (std::ranges::find(names, name) != names.end()) return std::nullopt;
  std::string message = "unknown limit " + std::string(name) + "; the limits are";
  for (const auto& n : names) message += (n == names[0] ? " " : ", ") + std::string(n);
  return message;
}

std::optional<std::string> set_limit(query_limits& limits, std::string_view name, std::string_view value) {
  if (auto e = unknown_limit(name)) return e;
  if (name == "timeout") {
    const auto ms = value == "off" ? std::optional<std::size_t>(0) : whole_number(value);
    if (!ms || *ms > max_timeout_ms)
      return "timeout '" + std::string(value) + "' is not milliseconds (0 to " + std::to_string(max_timeout_ms) +
             ") or off";
    limits.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(*ms));
    return std::nullopt;
  }
  if (name == "max_memory") {
    const auto bytes = byte_amount(value);
    if (!bytes || *bytes == 0)
      return "max_memory '" + std::string(value) + "' is not a number of bytes above 0 (such as 2GB, 512MB or 1048576)";
    limits.max_memory = *bytes;
    return std::nullopt;
  }
  // 0 would refuse every query: more likely a slip than a wish.
  const auto n = whole_number(value);
  if (!n || *n == 0) return std::string(name) + " '" + std::string(value) + "' is not a whole number above 0";
  if (name == "max_expression_depth" && *n > query_limits::max_expression_depth_ceiling)
    return "max_expression_depth '" + std::string(value) + "' is more than its ceiling, " +
           std::to_string(query_limits::max_expression_depth_ceiling);
  limits.*member_of(name) = *n;
  return std::nullopt;
}

std::optional<std::string> limit_error(std::string_view name, std::string_view value) {
  query_limits scratch;
  return set_limit(scratch, name, value);
}

std::string limit_value(const query_limits& limits, std::string_view name) {
  if (name == "timeout") return limits.timeout.count() == 0 ? "off" : std::to_string(limits.timeout.count()) + " ms";
  if (name == "max_memory") return byte_count(limits.max_memory);
  return std::to_string(limits.*member_of(name));
}

error spelled_for(const error& e, limit_interface where) {
  static constexpr std::string_view cpp = "raise database::limits().";
  std::string message = e.message();
  const auto at = message.find(cpp);
  if (at == std::string::npos) return e;
  auto end = at + cpp.size();
  while (end < message.size() && (std::islower(static_cast<unsigned char>(message[end])) || message[end] == '_')) ++end;
  const std::string name = message.substr(at + cpp.size(), end - at - cpp.size());
  if (unknown_limit(name)) return e;
  std::string setting;
  const std::string amount = name == "max_memory" ? "BYTES" : "N";
  if (where == limit_interface::command_line) setting = name == "timeout" ? "--timeout MS" : "--limit " + name + "=" + amount;
  else setting = name == "timeout" ? ":timeout MS" : ":limit " + name + " " + amount;
  message.replace(at, end - at, "raise it with " + setting);
  error spelled(e.category(), e.detail(), message, e.where(), e.line_text());
  spelled.set_file(e.file());
  return spelled;
}

} // namespace annals::cli
