#include "pass_report.hpp"

#include <cstdio>

namespace annals::tck {

void pass_counts::add(bool pass, bool expects_error, bool detail) {
  ++cases;
  passed += pass;
  if (expects_error) {
    ++error_cases;
    error_passed += pass;
    detail_matched += pass && detail;
  }
}

pass_counts& pass_counts::operator+=(const pass_counts& o) {
  cases += o.cases;
  passed += o.passed;
  error_cases += o.error_cases;
  error_passed += o.error_passed;
  detail_matched += o.detail_matched;
  return *this;
}

pass_counts pass_report::total() const {
  pass_counts t;
  for (const auto& [folder, counts] : folders_) t += counts;
  return t;
}

namespace {

std::string percent(std::size_t part, std::size_t whole) {
  if (!whole) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

std::string text_row(const std::string& name, const pass_counts& c) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-36s %5zu / %-5zu %8s   errors %4zu / %-4zu detail %4zu\n", name.c_str(), c.passed,
                c.cases, percent(c.passed, c.cases).c_str(), c.error_passed, c.error_cases, c.detail_matched);
  return buf;
}

std::string markdown_row(const std::string& name, const pass_counts& c) {
  return "| " + name + " | " + std::to_string(c.cases) + " | " + std::to_string(c.passed) + " | " +
         percent(c.passed, c.cases) + " | " + std::to_string(c.error_passed) + " / " + std::to_string(c.error_cases) +
         " | " + std::to_string(c.detail_matched) + " / " + std::to_string(c.error_cases) + " |\n";
}

} // namespace

std::string pass_report::text() const {
  std::string out;
  for (const auto& [folder, counts] : folders_) out += text_row(folder, counts);
  out += text_row("TOTAL", total());
  return out;
}

std::string pass_report::markdown() const {
  std::string out = "| Folder | Cases | Passed | Pass rate | Expected errors raised (type) | …with the TCK detail |\n"
                    "|---|---:|---:|---:|---:|---:|\n";
  for (const auto& [folder, counts] : folders_) out += markdown_row(folder, counts);
  out += markdown_row("**Total**", total());
  return out;
}

} // namespace annals::tck
