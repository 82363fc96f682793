#include "values/edit_distance.hpp"

#include "values/utf8.hpp"

#include <algorithm>

namespace annals {

namespace {

std::vector<char32_t> folded_code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = values::decode_code_point(text, at);
    if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
    out.push_back(c);
  }
  return out;
}

} // namespace

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  const auto a = folded_code_points(a_text), b = folded_code_points(b_text);
  // Optimal string alignment: Levenshtein's three rows plus adjacent transpositions.
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string_view nearest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_d = std::max<std::size_t>(1, values::code_point_count(name) / 3) + 1;
  for (const auto c : candidates) {
    const auto d = edit_distance(name, c);
    if (d < best_d) best_d = d, best = c;
  }
  return best;
}

} // namespace annals
