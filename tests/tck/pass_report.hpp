// Pass rates per feature folder and in total, as a plain-text table for
// the console and a markdown table for README.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace annals::tck {

struct pass_counts {
  std::size_t cases = 0, passed = 0;
  std::size_t error_cases = 0, error_passed = 0, detail_matched = 0;
  void add(bool pass, bool expects_error, bool detail);
  pass_counts& operator+=(const pass_counts& o);
};

class pass_report {
public:
  void add(const std::string& folder, bool passed, bool expects_error, bool detail_matched) {
    folders_[folder].add(passed, expects_error, detail_matched);
  }
  pass_counts total() const;
  std::string text() const;
  std::string markdown() const;

private:
  std::map<std::string, pass_counts> folders_;
};

} // namespace annals::tck
