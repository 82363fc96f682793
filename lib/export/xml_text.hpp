// Text that XML 1.0 can hold. GraphML and SVG (through Graphviz) are XML, in
// which control characters other than tab and line breaks, U+FFFE, U+FFFF
// and malformed UTF-8 cannot be written at all, not even as &#1; references:
// a file holding one is a file no XML parser reads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace annals::detail {

struct xml_problem {
  std::size_t offset; // of the first byte that cannot be written
  std::string what;   // "the control character U+0001", "a byte that is not UTF-8 (0xFF)"
};

// The first character of `text` that XML cannot hold, if any.
std::optional<xml_problem> xml_problem_in(std::string_view text);

// `text` with each such character shown instead: control characters as their
// Unicode control pictures (U+0001 as U+2401 ␁), anything else as U+FFFD.
// For pictures (DOT, SVG), where what matters is what people see.
std::string xml_visible(std::string_view text);

} // namespace annals::detail
