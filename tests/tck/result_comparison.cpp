#include "result_comparison.hpp"
#include "value_conversion.hpp"

#include <algorithm>

namespace annals::tck {

namespace {

std::string join(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) out += ' ' + c + " |";
  return out;
}

std::string format_rows(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                        std::size_t max_rows) {
  std::string out = "      " + join(header) + '\n';
  for (std::size_t i = 0; i < rows.size() && i < max_rows; ++i) out += "      " + join(rows[i]) + '\n';
  if (rows.size() > max_rows) out += "      … " + std::to_string(rows.size() - max_rows) + " more rows\n";
  return out;
}

} // namespace

std::string format_result(const annals::result& r, const annals::graph& g, std::size_t max_rows) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : r.rows()) {
    auto& cells = rows.emplace_back();
    for (const auto& v : row) cells.push_back(canonical(to_tck(v, g)));
  }
  return format_rows(r.columns(), rows, max_rows);
}

std::optional<std::string> compare_result(const annals::result& actual, const annals::graph& g,
                                          const data_table& expected, comparison_mode mode) {
  if (expected.empty()) return "the expected table has no header";
  const auto& header = expected.front();

  // Columns: the same names in the same order, as the TCK's own harness compares headers.
  if (header != actual.columns())
    return "columns differ: expected " + join(header) + ", got " + join(actual.columns());

  std::vector<std::vector<std::string>> want, got;
  for (std::size_t r = 1; r < expected.size(); ++r) {
    auto& cells = want.emplace_back();
    for (const auto& cell : expected[r]) cells.push_back(canonical(parse_tck_value(cell), mode.unordered_lists));
  }
  for (const auto& row : actual.rows()) {
    auto& cells = got.emplace_back();
    for (std::size_t i = 0; i < header.size(); ++i)
      cells.push_back(i < row.size() ? canonical(to_tck(row[i], g), mode.unordered_lists) : "<missing>");
  }
  auto want_sorted = want, got_sorted = got;
  if (!mode.in_order) {
    std::sort(want_sorted.begin(), want_sorted.end());
    std::sort(got_sorted.begin(), got_sorted.end());
  }
  if (want_sorted == got_sorted) return std::nullopt;
  std::string why = want.size() == got.size() ? (mode.in_order ? "rows differ (in order)" : "rows differ")
                                              : "expected " + std::to_string(want.size()) + " rows, got " +
                                                    std::to_string(got.size());
  return why + "\n    expected:\n" + format_rows(header, want, 20) + "    got:\n" + format_rows(header, got, 20);
}

} // namespace annals::tck
