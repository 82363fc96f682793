#include "function/case_mapping.hpp"

#include "values/utf8.hpp"

namespace annals::function {

namespace {

// Blocks where letters come in pairs at neighbouring code points, the upper case first.
bool in_pair_block(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

char32_t upper(char32_t c) {
  if (c >= U'a' && c <= U'z') return c - 0x20;
  if (c < 0x80) return c;
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20; // à…þ, not ÷
  if (c == 0xFF) return 0x178;                                // ÿ
  if (c == 0x131) return U'I';                                // dotless i
  if (in_pair_block(c, 0x100, 0x12F) || in_pair_block(c, 0x132, 0x137) || in_pair_block(c, 0x14A, 0x177))
    return c & ~char32_t{1};
  if (in_pair_block(c, 0x139, 0x148) || in_pair_block(c, 0x179, 0x17E)) return (c % 2 == 0) ? c - 1 : c;
  if (c == 0x17F) return U'S';                                        // long s
  if (c >= 0x3B1 && c <= 0x3C9) return c == 0x3C2 ? 0x3A3 : c - 0x20; // α…ω, final ς as Σ
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 0x25;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 0x3F;
  if (c >= 0x430 && c <= 0x44F) return c - 0x20; // а…я
  if (c >= 0x450 && c <= 0x45F) return c - 0x50; // ѐ…џ
  if (in_pair_block(c, 0x460, 0x481) || in_pair_block(c, 0x48A, 0x4BF)) return c & ~char32_t{1};
  return c;
}

char32_t lower(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20; // À…Þ, not ×
  if (c == 0x178) return 0xFF;
  // İ (U+0130) lowers to i and a combining dot, two code points: it is left as it is.
  if (in_pair_block(c, 0x100, 0x12F) || in_pair_block(c, 0x132, 0x137) || in_pair_block(c, 0x14A, 0x177)) return c | 1;
  if (in_pair_block(c, 0x139, 0x148) || in_pair_block(c, 0x179, 0x17E)) return (c % 2 == 1) ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20; // Α…Ω
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 0x25;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 0x3F;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20; // А…Я
  if (c >= 0x400 && c <= 0x40F) return c + 0x50; // Ѐ…Џ
  if (in_pair_block(c, 0x460, 0x481) || in_pair_block(c, 0x48A, 0x4BF)) return c | 1;
  return c;
}

template <class Map> std::string map_code_points(std::string_view utf8, Map map) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t start = i;
    if (values::utf8_sequence_length(utf8, i) == 0) { // invalid bytes, from the C++ API only, stay as they are
      out += utf8[i++];
      continue;
    }
    const char32_t c = values::decode_code_point(utf8, i);
    const char32_t m = map(c);
    if (m == c) out.append(utf8.substr(start, i - start));
    else values::append_utf8(out, m);
  }
  return out;
}

} // namespace

std::string to_upper_case(std::string_view utf8) {
  std::string out;
  // ß has no single upper case letter; Unicode (and Neo4j, through Java) make it SS.
  for (std::size_t at = 0, next; at <= utf8.size(); at = next + 2) {
    next = utf8.find("\xC3\x9F", at);
    out += map_code_points(utf8.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at), upper);
    if (next == std::string_view::npos) break;
    out += "SS";
  }
  return out;
}

std::string to_lower_case(std::string_view utf8) { return map_code_points(utf8, lower); }

} // namespace annals::function
