// Groups failing cases by the shape of their failure reason (quoted names
// and numbers blanked out), to see what the engine lacks most.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace annals::tck {

class failure_triage {
public:
  void add(const std::string& reason, const std::string& case_label, const std::string& query);
  // The `top` most frequent causes, with a count and one example each.
  std::string text(std::size_t top) const;

  // The reason with its specifics blanked: 'x' → '…', `x` → `…`, 42 → N (INT64 stays).
  static std::string shape(const std::string& reason);

private:
  struct cause {
    std::size_t count = 0;
    std::string example, query;
  };
  std::map<std::string, cause> causes_;
};

} // namespace annals::tck
