#include "export/xml_text.hpp"

#include <cstdio>

namespace annals::detail {

namespace {

// The code point at `at` and its length in bytes; length 0 when the bytes are not UTF-8.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b = byte(at);
  if (b < 0x80) return {b, 1};
  const std::size_t length = b >= 0xF5 ? 0 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (length == 0 || at + length > s.size()) return {0, 0};
  char32_t cp = b & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {0, 0};
    cp = cp << 6 | (byte(at + i) & 0x3F);
  }
  const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {cp, length};
}

bool xml_char(char32_t cp) {
  if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
  return cp != 0xFFFE && cp != 0xFFFF;
}

std::string hex(unsigned v, int digits) {
  char out[16];
  std::snprintf(out, sizeof out, "%0*X", digits, v);
  return out;
}

} // namespace

std::optional<xml_problem> xml_problem_in(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const auto [cp, length] = decode(text, at);
    if (length == 0)
      return xml_problem{at, "a byte that is not UTF-8 (0x" + hex(static_cast<unsigned char>(text[at]), 2) + ")"};
    if (!xml_char(cp))
      return xml_problem{at, (cp < 0x20 ? "the control character U+" : "the character U+") + hex(cp, 4)};
    at += length;
  }
  return std::nullopt;
}

std::string xml_visible(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const auto [cp, length] = decode(text, at);
    if (length != 0 && xml_char(cp)) {
      out.append(text.substr(at, length));
      at += length;
      continue;
    }
    if (length != 0 && cp < 0x20) {
      // U+2400 + cp, in UTF-8: E2 90 80+cp.
      out += "\xE2\x90";
      out += static_cast<char>(0x80 + cp);
    } else {
      out += "\xEF\xBF\xBD"; // U+FFFD
    }
    at += length == 0 ? 1 : length;
  }
  return out;
}

} // namespace annals::detail
