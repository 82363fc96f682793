#include "statement_scanner.hpp"

#include <cctype>

namespace annals::cli {

statement_scan scan_statements(std::string_view s) {
  statement_scan scan;
  std::size_t begin = 0;
  bool content = false, closed = false, open = false; // open: inside a string or comment at the end
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      const auto end = s.find("*/", i + 2);
      open = end == std::string_view::npos;
      i = open ? s.size() : end + 1;
    } else if (c == '\'' || c == '"' || c == '`') {
      content = true;
      for (++i; i < s.size() && s[i] != c; ++i)
        if (s[i] == '\\' && c != '`') ++i;
      open = i >= s.size();
    } else if (c == ';') {
      if (content) scan.statements.push_back({begin, i});
      begin = i + 1;
      content = false;
      closed = true;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      content = true;
    }
  }
  scan.complete = !content && !open && closed;
  scan.blank = !content && !open && !closed;
  if (content) scan.statements.push_back({begin, s.size()});
  return scan;
}

} // namespace annals::cli
