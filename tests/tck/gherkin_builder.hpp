// Builds a feature while the Gherkin parser walks the file: the parser's
// actions call these methods in file order.
#pragma once

#include "gherkin.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annals::tck {

class gherkin_builder {
public:
  void clear_tags() { pending_tags_.clear(); }
  void add_tag(std::string_view tag) { pending_tags_.emplace_back(tag); }

  void begin_feature();
  void begin_background();
  void begin_scenario(bool outline, std::size_t line);
  void begin_examples(std::size_t line);
  void set_title(std::string_view text);

  void begin_step(std::string_view keyword, std::size_t line);
  void set_step_text(std::string_view text);
  void add_docstring_line(std::string_view text);
  void end_docstring();

  void begin_row();
  void add_cell(std::string_view raw); // as written between the bars

  feature take() { return std::move(feature_); }

private:
  enum class section { none, feature, background, scenario, examples };
  step& current_step();
  data_table& current_table();

  feature feature_;
  section section_ = section::none;
  std::vector<std::string> pending_tags_;
  std::vector<std::string> docstring_lines_;
};

// Gherkin text helpers, public for the tests.
std::string trim(std::string_view s);
// Cell escapes: \| is a bar, \\ a backslash, \n a newline; any other backslash stays.
std::string unescape_cell(std::string_view s);
// Removes the whitespace prefix common to the non-blank lines and joins them with '\n'.
std::string strip_common_indent(const std::vector<std::string>& lines);

} // namespace annals::tck
