#include "display_width.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace annals::cli {

namespace {

int code_point_width(UChar32 c) {
  if (c < 0) return 1; // an invalid byte shows as one replacement character
  if (c == 0) return 0;
  const auto category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  // Hangul vowels and final consonants join the syllable before them.
  if (c >= 0x1160 && c <= 0x11FF) return 0;
  if (c == 0x200B) return 0; // zero width space
  const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) return 2;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) return 2;
  return 1;
}

} // namespace

std::size_t display_width(std::string_view utf8) {
  // Most cells are ASCII, one column a byte: no need to ask ICU.
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) return utf8.size();
  std::size_t width = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    width += static_cast<std::size_t>(code_point_width(c));
  }
  return width;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width) return std::string(utf8);
  if (width == 0) return {};
  const std::size_t room = width - 1; // for the "…"
  std::size_t used = 0, cut = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    const int32_t start = i;
    U8_NEXT(s, i, length, c);
    const auto w = static_cast<std::size_t>(code_point_width(c));
    if (used + w > room) {
      cut = static_cast<std::size_t>(start);
      break;
    }
    used += w;
    cut = static_cast<std::size_t>(i);
  }
  return std::string(utf8.substr(0, cut)) + "…";
}

} // namespace annals::cli
