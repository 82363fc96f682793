#include "json_value.hpp"

#include "annals/error.hpp"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <vector>

namespace annals::cli {

namespace {

// An array or object being read, with where it opened (for "never closed" errors).
struct open_container {
  bool object = false;
  std::size_t opened_at = 0;
  value_list list;
  value_map map;
  std::string key; // of the member whose value comes next
  std::size_t key_at = 0;
};

class json_reader {
public:
  explicit json_reader(std::string_view text) : text_(text) {}

  value read() {
    value v = read_nested();
    skip_space();
    if (at_ < text_.size()) fail(at_, "unexpected " + found() + " after the JSON value");
    return v;
  }

private:
  [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
    const std::string text(text_);
    // As a Cypher literal's: "1:7: SyntaxError: float out of range: 1e400", the line, a caret.
    throw std::invalid_argument(
        syntax_error("SyntaxError", "InvalidJson", what, position_in(text, offset), printable_line(text, offset))
            .describe());
  }

  // The line shown under an error, with '?' for control characters and bytes
  // that are not UTF-8, so the terminal shows it as it is and the caret lines up.
  static std::string printable_line(const std::string& text, std::size_t offset) {
    std::string line = line_at(text, offset);
    for (std::size_t i = 0; i < line.size();) {
      const auto c = static_cast<unsigned char>(line[i]);
      const std::size_t n = c < 0x80 ? 1 : utf8_length(line, i);
      if (n == 0 || c < 0x20 || c == 0x7F) line[i++] = c == '\t' ? '\t' : '?';
      else i += n;
    }
    return line;
  }

  // Length of the well-formed UTF-8 character at `s[i]` (a byte of 0x80 or more), 0 if none.
  static std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    const std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
      if ((b(k) & 0xC0) != 0x80) return 0;
    if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) > 0x9F) || (c == 0xF0 && b(1) < 0x90) ||
        (c == 0xF4 && b(1) > 0x8F))
      return 0;
    return n;
  }

  std::string found() const {
    if (at_ >= text_.size()) return "end of input";
    const auto c = static_cast<unsigned char>(text_[at_]);
    if (c < 0x20 || c >= 0x7F) {
      char code[16];
      std::snprintf(code, sizeof code, "byte 0x%02X", c);
      return code;
    }
    return std::string("'") + static_cast<char>(c) + "'";
  }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r'))
      ++at_;
  }

  // Arrays and objects on a stack of our own: nesting costs heap, not the thread's stack.
  value read_nested() {
    std::vector<open_container> open;
    for (;;) {
      skip_space();
      value v;
      if (at_ < text_.size() && (text_[at_] == '[' || text_[at_] == '{')) {
        if (open.size() >= max_json_depth)
          fail(at_, "arrays and objects nested deeper than " + std::to_string(max_json_depth) +
                        " levels (the deepest a snapshot can store)");
        open_container c;
        c.object = text_[at_] == '{';
        c.opened_at = at_++;
        skip_space();
        const char close = c.object ? '}' : ']';
        if (at_ < text_.size() && text_[at_] == close) {
          ++at_;
          v = c.object ? value(value_map{}) : value(value_list{});
        } else {
          if (c.object) read_key(c);
          open.push_back(std::move(c));
          continue;
        }
      } else {
        v = read_scalar();
      }
      // A value is complete: it goes into the container that holds it, which may close in turn.
      for (;;) {
        if (open.empty()) return v;
        auto& c = open.back();
        if (c.object) {
          if (!c.map.emplace(std::move(c.key), std::move(v)).second)
            fail(c.key_at, "the key " + quoted(c.key) + " appears twice in this object");
        } else {
          c.list.push_back(std::move(v));
        }
        skip_space();
        const char close = c.object ? '}' : ']';
        if (at_ >= text_.size())
          fail(c.opened_at, std::string("this ") + (c.object ? "object" : "array") +
                                " is never closed (expected ',' or '" + close + "' at the end of input)");
        if (text_[at_] == ',') {
          ++at_;
          if (c.object) read_key(c);
          break;
        }
        if (text_[at_] != close) fail(at_, "unexpected " + found() + ", expected ',' or '" + close + "'");
        ++at_;
        v = c.object ? value(std::move(c.map)) : value(std::move(c.list));
        open.pop_back();
      }
    }
  }

  static std::string quoted(const std::string& s) { return "\"" + s + "\""; }

  void read_key(open_container& c) {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != '"')
      fail(at_, "unexpected " + found() + ", expected a key in double quotes");
    c.key_at = at_;
    c.key = read_string();
    skip_space();
    if (at_ >= text_.size() || text_[at_] != ':') fail(at_, "unexpected " + found() + ", expected ':'");
    ++at_;
  }

  value read_scalar() {
    if (at_ >= text_.size()) fail(at_, "unexpected end of input, expected a JSON value");
    const char c = text_[at_];
    if (c == '"') return value(read_string());
    if (c == '-' || (c >= '0' && c <= '9')) return read_number();
    const auto word = [&](std::string_view w) {
      if (!text_.substr(at_).starts_with(w)) return false;
      at_ += w.size();
      return true;
    };
    if (word("null")) return value();
    if (word("true")) return value(true);
    if (word("false")) return value(false);
    fail(at_, "unexpected " + found() + ", expected a JSON value (strings need double quotes: '\"text\"')");
  }

  // JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  value read_number() {
    const std::size_t start = at_;
    const auto digits = [&] {
      const std::size_t from = at_;
      while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
      return at_ - from;
    };
    if (text_[at_] == '-') ++at_;
    const std::size_t int_start = at_;
    if (digits() == 0) fail(at_, "unexpected " + found() + ", expected a digit");
    if (text_[int_start] == '0' && at_ - int_start > 1) fail(int_start, "numbers may not start with 0");
    bool integral = true;
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      integral = false;
      if (digits() == 0) fail(at_, "unexpected " + found() + ", expected a digit after '.'");
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      integral = false;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      if (digits() == 0) fail(at_, "unexpected " + found() + ", expected a digit in the exponent");
    }
    const std::string_view literal = text_.substr(start, at_ - start);
    if (integral) {
      std::int64_t i = 0;
      const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), i);
      if (ec == std::errc() && end == literal.data() + literal.size()) return value(i);
      fail(start, "integer out of range: " + std::string(literal) +
                      " (an INTEGER lies between -9223372036854775808 and 9223372036854775807; write " +
                      std::string(literal) + ".0 for a FLOAT)");
    }
    // strtod needs a terminated string; the literal is short.
    const std::string copy(literal);
    errno = 0;
    const double d = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(d))
      fail(start, "float out of range: " + copy +
                      " (a FLOAT lies between -1.7976931348623157e308 and 1.7976931348623157e308)");
    return value(d); // numbers too small to hold become 0.0, as in Cypher literals
  }

  unsigned read_hex4() {
    unsigned u = 0;
    for (int k = 0; k < 4; ++k, ++at_) {
      if (at_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[at_])))
        fail(at_, "unexpected " + found() + ", expected four hexadecimal digits after \\u");
      const char h = text_[at_];
      u = u * 16 + static_cast<unsigned>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    return u;
  }

  static void append_utf8(std::string& out, char32_t c) {
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

  std::string read_string() {
    const std::size_t opened = at_++;
    std::string out;
    for (;;) {
      if (at_ >= text_.size()) fail(opened, "unterminated string: the quote opened here is never closed");
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return out;
      }
      if (c < 0x20)
        fail(at_, "a control character (" + found() + ") inside a string: write it as an escape, such as \\n");
      if (c >= 0x80) {
        const auto n = utf8_length(text_, at_);
        if (n == 0) fail(at_, "invalid UTF-8 (" + found() + ") inside a string; parameters must be UTF-8 text");
        out.append(text_.substr(at_, n));
        at_ += n;
        continue;
      }
      if (c != '\\') {
        out += static_cast<char>(c);
        ++at_;
        continue;
      }
      const std::size_t escape = at_++;
      if (at_ >= text_.size()) fail(opened, "unterminated string: the quote opened here is never closed");
      switch (text_[at_++]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        char32_t u = read_hex4();
        if (u >= 0xDC00 && u <= 0xDFFF) fail(escape, "\\u escape of a lone low surrogate: not a character");
        if (u >= 0xD800 && u <= 0xDBFF) {
          // A high surrogate must be followed by a low one; together they are one code point.
          if (!text_.substr(at_).starts_with("\\u"))
            fail(escape, "\\u escape of a high surrogate without its low surrogate");
          at_ += 2;
          const char32_t low = read_hex4();
          if (low < 0xDC00 || low > 0xDFFF) fail(escape, "\\u escape of a high surrogate without its low surrogate");
          u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, u);
        break;
      }
      default:
        fail(escape, "invalid escape \\" + std::string(1, text_[at_ - 1]) +
                         " (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

} // namespace

value json_to_value(std::string_view json_text) { return json_reader(json_text).read(); }

std::pair<std::string, value> parse_parameter(std::string_view assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw std::invalid_argument("a parameter is name=JSON, not " + std::string(assignment));
  std::string name(assignment.substr(0, eq));
  if (name.front() == '$') name.erase(0, 1);
  std::pair<std::string, value> out;
  out.first = name;
  try {
    out.second = json_to_value(assignment.substr(eq + 1));
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument("parameter " + name + ": " + e.what());
  }
  return out;
}

} // namespace annals::cli
