#include "annals/error.hpp"

namespace annals {

error::error(std::string category, std::string detail, std::string message, source_position where,
             std::string line_text)
    : std::runtime_error(message), category_(std::move(category)), detail_(std::move(detail)),
      message_(std::move(message)), where_(where), line_text_(std::move(line_text)) {}

std::string error::describe(const std::string& named) const {
  const std::string& file = named.empty() ? file_ : named;
  std::string out;
  if (!file.empty()) out += file + (where_.line != 0 ? ":" : ": ");
  if (where_.line != 0) out += std::to_string(where_.line) + ":" + std::to_string(where_.column) + ": ";
  out += category_ + ": " + message_;
  if (where_.line != 0 && !line_text_.empty()) {
    // Long lines are shown as a window around the column.
    constexpr std::size_t before = 60, width = 120;
    std::size_t first = where_.column > before + 1 ? where_.column - 1 - before : 0;
    std::string shown = line_text_.substr(first, width);
    const std::string prefix = first > 0 ? "..." : "";
    const std::string suffix = first + width < line_text_.size() ? "..." : "";
    out += "\n" + prefix + shown + suffix + "\n" + std::string(prefix.size(), ' ');
    // Tabs stay tabs so the caret lines up in a terminal.
    for (std::size_t i = first; i + 1 < where_.column && i < line_text_.size(); ++i)
      out += line_text_[i] == '\t' ? '\t' : ' ';
    out += "^";
  }
  return out;
}

source_position position_in(const std::string& text, std::size_t offset) {
  source_position p{1, 1, offset};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

std::string line_at(const std::string& text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  const auto begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t start = (begin == std::string::npos || (offset == 0)) ? 0 : begin + 1;
  auto end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  std::string line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

} // namespace annals
