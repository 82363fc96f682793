// A parsed Gherkin feature file, as the openCypher TCK writes them: a
// Feature, an optional Background, Scenarios and Scenario Outlines with
// Examples tables; steps carry a docstring or a data table.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annals::tck {

// Rows of trimmed, unescaped cells.
using data_table = std::vector<std::vector<std::string>>;

struct step {
  std::string keyword;                  // Given, When, Then, And, But
  std::string text;                     // the rest of the line, trimmed
  std::optional<std::string> docstring; // common indentation stripped, lines joined with '\n'
  std::optional<data_table> table;
  std::size_t line = 0;
};

struct examples_table {
  std::vector<std::string> tags;
  data_table rows; // rows[0] is the header
  std::size_t line = 0;
};

struct scenario {
  std::vector<std::string> tags;
  bool outline = false;
  std::string name;
  std::size_t line = 0;
  std::vector<step> steps;
  std::vector<examples_table> examples; // outlines only
};

struct feature {
  std::vector<std::string> tags;
  std::string name;
  std::vector<step> background;
  std::vector<scenario> scenarios;
};

struct gherkin_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parses a feature file; throws gherkin_error with "source:line:column: …".
feature parse_feature(std::string_view text, const std::string& source = "feature");

} // namespace annals::tck
