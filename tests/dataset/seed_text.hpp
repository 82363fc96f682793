// The seed text as the dataset cites it: numbered lines and section paths.
//
// `==Heading==` lines open sections (more '=' for deeper levels); a section's
// path joins the headings above it with " > ", e.g.
// `Republican counteroffensive > Fall of the empire > Siege of Querétaro`.
// Before the first heading come two unheaded parts, named as the dataset
// cites them: `Infobox` (the `- Key: value` block) and `Introduction`.
// A section spans from its heading line (a heading belongs to the section
// it opens) to the line before the next heading of the same or a higher
// level, so its subsections lie within it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace annals::testing {

class seed_text {
public:
  explicit seed_text(std::string_view text);

  std::size_t line_count() const { return lines_.size(); }
  // 1-based; throws std::out_of_range outside 1..line_count().
  const std::string& line(std::size_t number) const { return lines_.at(number - 1); }

  bool has_section(std::string_view path) const { return sections_.contains(path); }
  // Whether line `number` lies within the section `path` (false for unknown sections).
  bool section_contains(std::string_view path, std::size_t number) const;
  // The innermost section that line `number` belongs to.
  const std::string& section_of(std::size_t number) const { return innermost_.at(number - 1); }
  std::vector<std::string> section_paths() const;

private:
  struct span {
    std::size_t first = 0, last = 0; // 1-based, inclusive
  };
  std::vector<std::string> lines_;
  std::vector<std::string> innermost_;
  std::map<std::string, span, std::less<>> sections_;
};

} // namespace annals::testing
