#include "storage/csv_cell.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

namespace annals::storage {
namespace {

using base = data_type::base;

// The text as it appears in an error message: quoted, and cut when long.
std::string excerpt(std::string_view s) {
  if (s.size() > 40) return "'" + std::string(s.substr(0, 37)) + "...'";
  return "'" + std::string(s) + "'";
}

std::string type_name(base b) { return data_type{b, false}.to_string(); }

template <class T> bool parse_number(std::string_view s, T& out) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, out);
  return !s.empty() && ec == std::errc() && p == end;
}

bool equals_ignoring_case(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((s[i] | 0x20) != word[i]) return false;
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digits with an optional minus: an integer, whether or not 64 bits hold it.
bool is_integer_text(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// -12, 0, 1.5, -2e3 become numbers; 007, +1, 1., .5, 1,5 and everything else stay text.
value guess(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  auto digits = [&] {
    const std::size_t start = i;
    while (i < n && is_digit(s[i])) ++i;
    return i > start;
  };
  if (i < n && s[i] == '-') ++i;
  if (i < n && s[i] == '0') ++i;
  else if (i < n && s[i] >= '1' && s[i] <= '9') digits();
  else return value(std::string(s));
  bool decimal = false;
  if (i < n && s[i] == '.') {
    ++i;
    if (!digits()) return value(std::string(s));
    decimal = true;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return value(std::string(s));
    decimal = true;
  }
  if (i != n) return value(std::string(s));
  if (decimal) {
    double d = 0;
    if (parse_number(s, d)) return value(d);
  } else {
    std::int64_t x = 0;
    if (parse_number(s, x)) return value(x);
  }
  return value(std::string(s)); // out of range: keep the text
}

bool parse_scalar(std::string_view s, bool quoted, base type, value& out) {
  switch (type) {
  case base::any: out = quoted ? value(std::string(s)) : guess(s); return true;
  case base::string: out = value(std::string(s)); return true;
  case base::int64: {
    std::int64_t x = 0;
    if (!parse_number(s, x)) return false;
    out = value(x);
    return true;
  }
  case base::double_: {
    double d = 0;
    if (!parse_number(s, d)) return false;
    out = value(d);
    return true;
  }
  case base::boolean:
    if (equals_ignoring_case(s, "true")) out = value(true);
    else if (equals_ignoring_case(s, "false")) out = value(false);
    else return false;
    return true;
  case base::date:
    if (auto d = partial_date::parse(s)) {
      out = value(*d);
      return true;
    }
    return false;
  }
  return false;
}

struct list_element {
  std::string_view text;
  bool quoted;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "[1, 'a,b', 3]": top-level commas separate; ' or " group; spaces around elements go.
bool split_bracketed(std::string_view inner, std::vector<list_element>& out) {
  inner = trim(inner);
  if (inner.empty()) return true;
  std::size_t start = 0;
  char open = 0;
  for (std::size_t i = 0; i <= inner.size(); ++i) {
    const char c = i < inner.size() ? inner[i] : ',';
    if (open) {
      if (c == open) open = 0;
      else if (i == inner.size()) return false;
      continue;
    }
    if (c == '\'' || c == '"') open = c;
    else if (c == ',') {
      std::string_view e = trim(inner.substr(start, i - start));
      const bool quoted = e.size() >= 2 && (e.front() == '\'' || e.front() == '"') && e.back() == e.front();
      out.push_back({quoted ? e.substr(1, e.size() - 2) : e, quoted});
      start = i + 1;
    }
  }
  return true;
}

bool parse_list(std::string_view s, base element, char list_delimiter, value& out, std::string& why) {
  std::vector<list_element> elements;
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']') {
    if (!split_bracketed(s.substr(1, s.size() - 2), elements)) {
      why = "unterminated quote in list " + excerpt(s);
      return false;
    }
  } else {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
      if (i == s.size() || s[i] == list_delimiter) {
        elements.push_back({s.substr(start, i - start), false});
        start = i + 1;
      }
  }
  value_list items;
  items.reserve(elements.size());
  for (const auto& e : elements) {
    if (e.text.empty() && !(e.quoted && element == base::string)) {
      why = "empty element in list " + excerpt(s);
      return false;
    }
    value v;
    if (!parse_scalar(e.text, e.quoted, element, v)) {
      why = "bad " + type_name(element) + " element " + excerpt(e.text) + " in list " + excerpt(s);
      return false;
    }
    items.push_back(std::move(v));
  }
  out = value(std::move(items));
  return true;
}

} // namespace

bool parse_cell(std::string_view text, bool quoted, const data_type& type, char list_delimiter, value& out,
                std::string& why) {
  if (text.empty()) {
    // Only a quoted empty cell of a text column is the empty string.
    const bool text_column = !type.is_list && (type.element == base::string || type.element == base::any);
    out = quoted && text_column ? value(std::string()) : value();
    return true;
  }
  const bool parsed = type.is_list ? parse_list(text, type.element, list_delimiter, out, why)
                                    : parse_scalar(text, quoted, type.element, out);
  if (parsed && type.admits(out)) return true;
  if (parsed || (type.element == base::int64 && !type.is_list && is_integer_text(text)))
    why = excerpt(text) + (type.is_list ? " does not fit " : " is out of range for ") + type.describe();
  else if (!type.is_list) why = "bad " + type.to_string() + " " + excerpt(text);
  return false;
}

} // namespace annals::storage
