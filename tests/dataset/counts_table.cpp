#include "counts_table.hpp"

#include <charconv>
#include <optional>
#include <vector>

namespace annals::testing {

namespace {

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

// "| a | b | c |" → {"a", "b", "c"}
std::vector<std::string> cells(std::string_view row) {
  std::vector<std::string> out;
  row = row.substr(1); // after the leading '|'
  for (auto bar = row.find('|'); bar != std::string_view::npos; bar = row.find('|')) {
    out.push_back(trimmed(row.substr(0, bar)));
    row = row.substr(bar + 1);
  }
  return out;
}

std::string without_bold(std::string s) {
  if (s.starts_with("**") && s.ends_with("**") && s.size() >= 4) s = s.substr(2, s.size() - 4);
  return s;
}

std::optional<std::size_t> number(const std::string& s) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

} // namespace

std::map<std::string, counts_section> parse_counts(std::string_view markdown) {
  std::map<std::string, counts_section> sections;
  counts_section* current = nullptr;
  for (std::size_t start = 0; start < markdown.size();) {
    auto end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const auto line = trimmed(markdown.substr(start, end - start));
    start = end + 1;

    if (line.starts_with("## ")) current = &sections[trimmed(std::string_view(line).substr(3))];
    if (!current || !line.starts_with('|')) continue;
    const auto row = cells(line);
    if (row.size() < 2) continue;
    const auto count = number(without_bold(row.back()));
    if (!count) continue; // the header and the |---| rule
    const auto name = without_bold(row.front());
    if (name == "total") current->total = *count;
    else current->rows[name] = *count;
  }
  return sections;
}

} // namespace annals::testing
