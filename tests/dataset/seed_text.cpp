#include "seed_text.hpp"

#include <stdexcept>

namespace annals::testing {

namespace {

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

// The level of a `==Title==` line (the number of leading '='), or 0.
std::size_t heading_level(std::string_view line) {
  const auto t = trimmed(line);
  const auto level = t.find_first_not_of('=');
  if (level == 0 || level == std::string::npos || !t.ends_with('=')) return 0;
  return level;
}

std::string heading_title(std::string_view line) {
  const auto t = trimmed(line);
  const auto first = t.find_first_not_of('=');
  const auto last = t.find_last_not_of('=');
  return trimmed(std::string_view(t).substr(first, last - first + 1));
}

} // namespace

seed_text::seed_text(std::string_view text) {
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines_.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }

  // Open sections, outermost first, as (level, path); level 1 is the article title.
  std::vector<std::pair<std::size_t, std::string>> open;
  const auto close_down_to = [&](std::size_t level, std::size_t last_line) {
    while (!open.empty() && open.back().first >= level) {
      sections_[open.back().second].last = last_line;
      open.pop_back();
    }
  };
  const auto start_section = [&](std::size_t level, std::string path, std::size_t line) {
    sections_[path] = span{line, line};
    open.emplace_back(level, std::move(path));
  };

  bool seen_heading = false, in_infobox = false;
  for (std::size_t n = 1; n <= lines_.size(); ++n) {
    const auto& text_line = lines_[n - 1];
    const auto level = heading_level(text_line);
    if (level == 1) { // the article title belongs to no section
      innermost_.emplace_back();
      continue;
    }
    if (level >= 2) {
      close_down_to(seen_heading ? level : 0, n - 1); // the first heading also ends the unheaded parts
      seen_heading = true;
      const std::string parent = open.empty() ? std::string() : open.back().second;
      start_section(level, parent.empty() ? heading_title(text_line) : parent + " > " + heading_title(text_line), n);
    } else if (!seen_heading) {
      // The unheaded top: the infobox block, then the introduction after its first blank line.
      if (trimmed(text_line) == "Infobox") {
        start_section(2, "Infobox", n);
        in_infobox = true;
      } else if (in_infobox && trimmed(text_line).empty()) {
        close_down_to(2, n - 1);
        in_infobox = false;
        start_section(2, "Introduction", n);
      }
    }
    innermost_.push_back(open.empty() ? std::string() : open.back().second);
  }
  close_down_to(0, lines_.size());
}

bool seed_text::section_contains(std::string_view path, std::size_t number) const {
  const auto it = sections_.find(path);
  return it != sections_.end() && it->second.first <= number && number <= it->second.last;
}

std::vector<std::string> seed_text::section_paths() const {
  std::vector<std::string> paths;
  for (const auto& [path, where] : sections_) paths.push_back(path);
  return paths;
}

} // namespace annals::testing
