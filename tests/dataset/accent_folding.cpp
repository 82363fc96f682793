#include "accent_folding.hpp"

#include "values/utf8.hpp"

#include <cstdint>

namespace annals::testing {

namespace {

// The base letters of U+00C0…U+017F, in code point order ('\0': keep as is).
// Upper and lower case map alike; ligatures and ß expand in `expansion`.
constexpr char latin_1_letters[] = // U+00C0 … U+00FF (an array: it holds NULs)
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyts" // U+00D7 × is kept; U+00DE þ → t, U+00DF ß → s(s)
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty"; // U+00F7 ÷ is kept
constexpr char latin_extended_a[] = // U+0100 … U+017F
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iijjjjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";
static_assert(sizeof latin_1_letters == 0x40 + 1 && sizeof latin_extended_a == 0x80 + 1);

std::string_view expansion(char32_t c) {
  switch (c) {
  case 0x00C6: case 0x00E6: return "ae";
  case 0x0152: case 0x0153: return "oe";
  case 0x00DF: return "ss";
  case 0x0132: case 0x0133: return "ij";
  case 0x2019: case 0x2018: return "'";
  default: return {};
  }
}

// Decodes one code point at `i` and advances `i`; malformed bytes decode as themselves.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  if (length == 1 || i + length > s.size()) {
    ++i;
    return lead;
  }
  char32_t c = lead & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += length;
  return c;
}

} // namespace

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = next_code_point(utf8, i);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (auto e = expansion(c); !e.empty()) {
      out += e;
    } else if (c >= 0x00C0 && c <= 0x00FF && latin_1_letters[c - 0x00C0] != '\0') {
      out += latin_1_letters[c - 0x00C0];
    } else if (c >= 0x0100 && c <= 0x017F) {
      out += latin_extended_a[c - 0x0100];
    } else {
      annals::values::append_utf8(out, c);
    }
  }
  return out;
}

bool mentions(std::string_view haystack, std::string_view needle) {
  return !needle.empty() && fold(haystack).find(fold(needle)) != std::string::npos;
}

} // namespace annals::testing
