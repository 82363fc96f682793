#include "parser/parser.hpp"

namespace annals::parser {

std::vector<statement_span> split_script(std::string_view s) {
  std::vector<statement_span> spans;
  std::size_t begin = 0;
  bool has_content = false;
  auto close = [&](std::size_t end) {
    if (has_content) spans.push_back({begin, end});
    begin = end + 1;
    has_content = false;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      const auto end = s.find("*/", i + 2);
      if (end == std::string_view::npos) has_content = true; // let the parser report the unterminated comment
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\'' || c == '"' || c == '`') {
      has_content = true;
      for (++i; i < s.size() && s[i] != c; ++i)
        if (s[i] == '\\' && c != '`') ++i;
    } else if (c == ';') {
      close(i);
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      has_content = true;
    }
  }
  if (has_content) spans.push_back({begin, s.size()});
  return spans;
}

} // namespace annals::parser
