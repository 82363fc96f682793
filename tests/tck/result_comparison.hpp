// Compares a query's result with a TCK result table: column names in order,
// rows as a multiset or a sequence, values structurally.
#pragma once

#include "gherkin.hpp"

#include <annals/graph.hpp>
#include <annals/result.hpp>

#include <optional>
#include <string>

namespace annals::tck {

struct comparison_mode {
  bool in_order = false;
  bool unordered_lists = false;
};

// nullopt when the result matches; otherwise what differs, for people.
// Throws value_syntax_error when an expected cell cannot be parsed.
std::optional<std::string> compare_result(const annals::result& actual, const annals::graph& g,
                                          const data_table& expected, comparison_mode mode);

// The result as a TCK table, for failure messages.
std::string format_result(const annals::result& r, const annals::graph& g, std::size_t max_rows = 20);

} // namespace annals::tck
