#include "failure_triage.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace annals::tck {

std::string failure_triage::shape(const std::string& reason) {
  std::string out;
  for (std::size_t i = 0; i < reason.size(); ++i) {
    const char c = reason[i];
    if (c == '\'' || c == '`') {
      const auto close = reason.find(c, i + 1);
      if (close != std::string::npos) {
        out += c;
        out += "…";
        out += c;
        i = close;
        continue;
      }
    }
    const bool in_word = i > 0 && std::isalnum(static_cast<unsigned char>(reason[i - 1]));
    if (std::isdigit(static_cast<unsigned char>(c)) && !in_word) {
      while (i + 1 < reason.size() && std::isdigit(static_cast<unsigned char>(reason[i + 1]))) ++i;
      out += 'N';
      continue;
    }
    out += c;
  }
  return out.size() > 160 ? out.substr(0, 160) + "…" : out;
}

void failure_triage::add(const std::string& reason, const std::string& case_label, const std::string& query) {
  auto& c = causes_[shape(reason)];
  if (c.count++ == 0) {
    c.example = case_label;
    c.query = query;
  }
}

std::string failure_triage::text(std::size_t top) const {
  std::vector<std::pair<std::string, cause>> sorted(causes_.begin(), causes_.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::string out;
  for (std::size_t i = 0; i < sorted.size() && i < top; ++i) {
    const auto& [shape, c] = sorted[i];
    std::string query = c.query;
    std::replace(query.begin(), query.end(), '\n', ' ');
    if (query.size() > 200) query = query.substr(0, 200) + "…";
    out += std::to_string(c.count) + "× " + shape + "\n    e.g. " + c.example + "\n    " + query + '\n';
  }
  return out;
}

} // namespace annals::tck
