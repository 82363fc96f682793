#include "values/utf8.hpp"

#include "annals/error.hpp"

#include <algorithm>
#include <cstdio>

namespace annals::values {

namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string hex_byte(unsigned char c) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", c);
  return text;
}

// The encoded length a lead byte announces, 0 for bytes that never lead.
std::size_t announced_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

} // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  const std::size_t n = announced_length(lead);
  if (n <= 1 || at + n > text.size()) return n == 1 ? 1 : 0;
  for (std::size_t i = 1; i < n; ++i)
    if (!continuation(byte(i))) return 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const unsigned char second = byte(1);
  if (lead == 0xE0 && second < 0xA0) return 0;
  if (lead == 0xED && second > 0x9F) return 0;
  if (lead == 0xF0 && second < 0x90) return 0;
  if (lead == 0xF4 && second > 0x8F) return 0;
  return n;
}

std::size_t find_invalid_utf8(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const auto n = utf8_sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string describe_invalid_utf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t n = announced_length(lead);
  if (continuation(lead)) return "byte " + hex_byte(lead) + " continues a character that never began";
  if (n == 0) {
    if (lead == 0xC0 || lead == 0xC1) return "byte " + hex_byte(lead) + " begins an overlong encoding";
    return "byte " + hex_byte(lead) + " cannot appear in UTF-8";
  }
  for (std::size_t i = 1; i < n; ++i)
    if (at + i >= text.size() || !continuation(static_cast<unsigned char>(text[at + i])))
      return "the character starting with byte " + hex_byte(lead) + " is cut short";
  if (lead == 0xED) return "bytes starting " + hex_byte(lead) + " encode a UTF-16 surrogate, which is not a character";
  if (lead == 0xF4) return "bytes starting " + hex_byte(lead) + " encode a code point above U+10FFFF";
  return "bytes starting " + hex_byte(lead) + " are an overlong encoding";
}

void require_utf8_query_text(const std::string& script, std::size_t begin, std::size_t end) {
  const std::string_view text(script.data(), std::min(end, script.size()));
  const auto bad = find_invalid_utf8(text, begin);
  if (bad == std::string_view::npos) return;
  // The line is shown with '?' for every invalid byte: a terminal would garble the line,
  // and one byte for one keeps the caret under the column.
  std::string shown = line_at(script, bad);
  for (std::size_t i = 0; i < shown.size();) {
    const auto n = static_cast<unsigned char>(shown[i]) < 0x80 ? 1 : utf8_sequence_length(shown, i);
    if (n == 0) shown[i++] = '?';
    else i += n;
  }
  // A UTF-16 byte-order mark at the very start: the whole text is in the wrong encoding.
  const bool utf16 = bad == 0 && (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"));
  throw syntax_error("SyntaxError", "InvalidUnicode",
                     utf16 ? "the text is UTF-16 (it starts with a UTF-16 byte-order mark); annals reads UTF-8: "
                             "convert it first"
                           : "invalid UTF-8: " + describe_invalid_utf8(text, bad) + "; queries must be UTF-8 text",
                     position_in(script, bad), shown);
}

char32_t decode_code_point(std::string_view text, std::size_t& at) {
  const auto n = utf8_sequence_length(text, at);
  const auto lead = static_cast<unsigned char>(text[at]);
  if (n == 0) {
    ++at;
    return U'\uFFFD';
  }
  static constexpr unsigned char lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t c = lead & lead_bits[n];
  for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  at += n;
  return c;
}

namespace {

// One code point's bytes, or one invalid byte.
std::size_t step(std::string_view text, std::size_t at) {
  return std::max<std::size_t>(1, utf8_sequence_length(text, at));
}

} // namespace

std::size_t code_point_count(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += step(text, i)) ++n;
  return n;
}

std::size_t code_point_offset(std::string_view text, std::size_t n) {
  std::size_t i = 0;
  for (; i < text.size() && n > 0; --n) i += step(text, i);
  return i;
}

std::vector<std::string> code_points(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto n = step(text, i);
    out.emplace_back(text.substr(i, n));
    i += n;
  }
  return out;
}

std::string reverse_code_points(std::string_view text) {
  std::string out(text.size(), '\0');
  std::size_t write = text.size();
  for (std::size_t i = 0; i < text.size();) {
    const auto n = step(text, i);
    write -= n;
    std::copy_n(text.data() + i, n, out.data() + write);
    i += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

} // namespace annals::values
