#include "gherkin_builder.hpp"

#include <algorithm>

namespace annals::tck {

namespace {
bool is_blank(char c) { return c == ' ' || c == '\t'; }
} // namespace

std::string trim(std::string_view s) {
  while (!s.empty() && (is_blank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

std::string unescape_cell(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char next = s[i + 1];
      if (next == '|' || next == '\\') {
        out += next;
        ++i;
        continue;
      }
      if (next == 'n') {
        out += '\n';
        ++i;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string strip_common_indent(const std::vector<std::string>& lines) {
  std::string_view common;
  bool first = true;
  for (const auto& line : lines) {
    const auto body = line.find_first_not_of(" \t");
    if (body == std::string::npos) continue; // blank lines do not count
    const std::string_view indent(line.data(), body);
    if (first) {
      common = indent;
      first = false;
      continue;
    }
    std::size_t n = 0;
    while (n < common.size() && n < indent.size() && common[n] == indent[n]) ++n;
    common = common.substr(0, n);
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.substr(0, common.size()) == common) line.remove_prefix(common.size());
    else line = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
    if (i) out += '\n';
    out += line;
  }
  return out;
}

void gherkin_builder::begin_feature() {
  section_ = section::feature;
  feature_.tags = std::move(pending_tags_);
  pending_tags_.clear();
}

void gherkin_builder::begin_background() { section_ = section::background; }

void gherkin_builder::begin_scenario(bool outline, std::size_t line) {
  section_ = section::scenario;
  auto& s = feature_.scenarios.emplace_back();
  s.outline = outline;
  s.line = line;
  s.tags = std::move(pending_tags_);
  pending_tags_.clear();
}

void gherkin_builder::begin_examples(std::size_t line) {
  if (feature_.scenarios.empty() || !feature_.scenarios.back().outline)
    throw gherkin_error("line " + std::to_string(line) + ": Examples outside a Scenario Outline");
  section_ = section::examples;
  auto& e = feature_.scenarios.back().examples.emplace_back();
  e.line = line;
  e.tags = std::move(pending_tags_);
  pending_tags_.clear();
}

void gherkin_builder::set_title(std::string_view text) {
  if (section_ == section::feature) feature_.name = trim(text);
  else if (section_ == section::scenario) feature_.scenarios.back().name = trim(text);
}

void gherkin_builder::begin_step(std::string_view keyword, std::size_t line) {
  step s;
  s.keyword = std::string(keyword);
  s.line = line;
  if (section_ == section::background) feature_.background.push_back(std::move(s));
  else if (section_ == section::scenario) feature_.scenarios.back().steps.push_back(std::move(s));
  else throw gherkin_error("line " + std::to_string(line) + ": a step outside a Background or Scenario");
}

step& gherkin_builder::current_step() {
  return section_ == section::background ? feature_.background.back() : feature_.scenarios.back().steps.back();
}

void gherkin_builder::set_step_text(std::string_view text) { current_step().text = trim(text); }

void gherkin_builder::add_docstring_line(std::string_view text) { docstring_lines_.emplace_back(text); }

void gherkin_builder::end_docstring() {
  current_step().docstring = strip_common_indent(docstring_lines_);
  docstring_lines_.clear();
}

data_table& gherkin_builder::current_table() {
  if (section_ == section::examples) return feature_.scenarios.back().examples.back().rows;
  auto& s = current_step();
  if (!s.table) s.table.emplace();
  return *s.table;
}

void gherkin_builder::begin_row() { current_table().emplace_back(); }

void gherkin_builder::add_cell(std::string_view raw) { current_table().back().push_back(unescape_cell(trim(raw))); }

} // namespace annals::tck
