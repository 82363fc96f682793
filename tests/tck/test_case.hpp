// One runnable TCK test case: a Scenario, or one Examples row of a Scenario
// Outline with its <placeholders> substituted, Background steps first.
#pragma once

#include "gherkin.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace annals::tck {

struct test_case {
  std::string feature;       // path under features/, e.g. "clauses/match/Match4.feature"
  std::size_t scenario = 0;  // 1-based position of the scenario in its file
  std::size_t example = 0;   // 0 for a Scenario; the 1-based row over all Examples tables of an outline
  std::string name;          // placeholders substituted
  std::size_t line = 0;      // of the Scenario line
  std::vector<std::string> tags;
  std::vector<step> steps;

  // "feature:scenario:example", the key of expected_pass.txt.
  std::string id() const;
  // The folder of the feature file, e.g. "clauses/match".
  std::string folder() const;
};

// Orders by feature path, then scenario, then example (numerically).
bool operator<(const test_case& a, const test_case& b);

// Every test case of a feature, in file order.
std::vector<test_case> expand(const feature& f, const std::string& feature_path);

// Replaces each <name> of `header` by the matching cell of `row`.
std::string substitute(std::string_view text, const std::vector<std::string>& header,
                       const std::vector<std::string>& row);

} // namespace annals::tck
