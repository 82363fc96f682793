#include "tck_value.hpp"
#include "tck_value_actions.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace annals::tck {

namespace value_grammar {

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

const std::string& as_name(const tck_value& v) {
  if (const auto* s = std::get_if<std::string>(&v.data)) return *s;
  throw value_syntax_error("expected a name");
}

} // namespace

std::string unescape_string(std::string_view body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 == body.size()) {
      out += body[i];
      continue;
    }
    const char c = body[++i];
    switch (c) {
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case 'r': out += '\r'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'u':
    case 'U': {
      const std::size_t n = c == 'u' ? 4 : 8;
      std::uint32_t cp = 0;
      if (i + n < body.size() &&
          std::from_chars(body.data() + i + 1, body.data() + i + 1 + n, cp, 16).ptr == body.data() + i + 1 + n) {
        append_utf8(out, cp);
        i += n;
      } else {
        out += c;
      }
      break;
    }
    default: out += c; // \' \" \\ and anything else: the character itself
    }
  }
  return out;
}

double parse_double(std::string_view text) {
  bool negative = false;
  auto body = text;
  if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  if (body == "NaN") return std::numeric_limits<double>::quiet_NaN();
  if (body == "Infinity") return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  // strtod, not from_chars: out of range gives ±HUGE_VAL or 0, as the TCK means.
  const std::string digits(body);
  char* end = nullptr;
  const double d = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) throw value_syntax_error("bad float " + std::string(text));
  return negative ? -d : d;
}

std::int64_t parse_integer(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  std::int64_t i = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
  if (ec != std::errc() || ptr != text.data() + text.size())
    throw value_syntax_error("integer out of range: " + std::string(text));
  return i;
}

std::string unquote_name(std::string_view text) {
  if (text.size() >= 2 && text.front() == '`') return std::string(text.substr(1, text.size() - 2));
  return std::string(text);
}

tck_map fold_map(std::vector<tck_value> entries) {
  tck_map m;
  for (std::size_t i = 0; i + 1 < entries.size(); i += 2) m[as_name(entries[i])] = std::move(entries[i + 1]);
  return m;
}

tck_node fold_node(std::vector<tck_value> parts) {
  tck_node n;
  for (auto& part : parts) {
    if (auto* m = std::get_if<tck_map>(&part.data)) n.properties = std::move(*m);
    else n.labels.insert(as_name(part));
  }
  return n;
}

tck_relationship fold_relationship(std::vector<tck_value> parts) {
  tck_relationship r;
  for (auto& part : parts) {
    if (auto* m = std::get_if<tck_map>(&part.data)) r.properties = std::move(*m);
    else r.type = as_name(part);
  }
  return r;
}

tck_path fold_path(std::vector<tck_value> parts) {
  tck_path path;
  for (auto& part : parts) {
    if (auto* n = std::get_if<tck_node>(&part.data)) path.nodes.push_back(std::move(*n));
    else if (auto* r = std::get_if<tck_relationship>(&part.data)) path.relationships.push_back(std::move(*r));
    else if (auto* forward = std::get_if<bool>(&part.data)) path.forward.push_back(*forward);
  }
  return path;
}

} // namespace value_grammar

tck_value parse_tck_value(std::string_view text) {
  namespace p = tao::pegtl;
  p::memory_input in(text.data(), text.size(), "value");
  value_grammar::value_stack stack;
  try {
    p::parse<value_grammar::cell, value_grammar::action>(in, stack);
  } catch (const p::parse_error& e) {
    throw value_syntax_error("cannot parse TCK value '" + std::string(text) + "' at column " +
                             std::to_string(e.positions().front().column) + ": " + std::string(e.message()));
  }
  if (stack.values.size() != 1 || !stack.marks.empty())
    throw value_syntax_error("cannot parse TCK value '" + std::string(text) + "'");
  return std::move(stack.values.front());
}

} // namespace annals::tck
