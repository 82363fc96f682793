#include "test_case.hpp"

#include <tuple>

namespace annals::tck {

std::string test_case::id() const {
  return feature + ':' + std::to_string(scenario) + ':' + std::to_string(example);
}

std::string test_case::folder() const {
  const auto slash = feature.rfind('/');
  return slash == std::string::npos ? std::string() : feature.substr(0, slash);
}

bool operator<(const test_case& a, const test_case& b) {
  return std::tie(a.feature, a.scenario, a.example) < std::tie(b.feature, b.scenario, b.example);
}

std::string substitute(std::string_view text, const std::vector<std::string>& header,
                       const std::vector<std::string>& row) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (text[i] == '<') {
      const auto close = text.find('>', i + 1);
      if (close != std::string_view::npos) {
        const auto name = text.substr(i + 1, close - i - 1);
        for (std::size_t c = 0; c < header.size() && c < row.size(); ++c)
          if (header[c] == name) {
            out += row[c];
            i = close + 1;
            replaced = true;
            break;
          }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

namespace {

step substitute_step(const step& s, const std::vector<std::string>& header, const std::vector<std::string>& row) {
  step out = s;
  out.text = substitute(s.text, header, row);
  if (s.docstring) out.docstring = substitute(*s.docstring, header, row);
  if (s.table)
    for (auto& r : *out.table)
      for (auto& cell : r) cell = substitute(cell, header, row);
  return out;
}

} // namespace

std::vector<test_case> expand(const feature& f, const std::string& feature_path) {
  std::vector<test_case> cases;
  for (std::size_t n = 0; n < f.scenarios.size(); ++n) {
    const auto& s = f.scenarios[n];
    test_case base;
    base.feature = feature_path;
    base.scenario = n + 1;
    base.line = s.line;
    base.tags = f.tags;
    base.tags.insert(base.tags.end(), s.tags.begin(), s.tags.end());
    if (!s.outline) {
      base.name = s.name;
      base.steps = f.background;
      base.steps.insert(base.steps.end(), s.steps.begin(), s.steps.end());
      cases.push_back(std::move(base));
      continue;
    }
    std::size_t example = 0;
    for (const auto& e : s.examples) {
      if (e.rows.empty()) continue;
      const auto& header = e.rows.front();
      for (std::size_t r = 1; r < e.rows.size(); ++r) {
        const auto& row = e.rows[r];
        test_case c = base;
        c.example = ++example;
        c.name = substitute(s.name, header, row);
        c.tags.insert(c.tags.end(), e.tags.begin(), e.tags.end());
        for (const auto& st : f.background) c.steps.push_back(substitute_step(st, header, row));
        for (const auto& st : s.steps) c.steps.push_back(substitute_step(st, header, row));
        cases.push_back(std::move(c));
      }
    }
  }
  return cases;
}

} // namespace annals::tck
