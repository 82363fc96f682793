#include "export/literals.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace annals::detail {

std::string cypher_name(std::string_view name) {
  const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  const bool bare = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0])) &&
                    std::all_of(name.begin(), name.end(), word_char);
  if (bare) return std::string(name);
  std::string quoted = "`";
  for (char c : name) quoted += c == '`' ? std::string("``") : std::string(1, c);
  return quoted + "`";
}

std::string cypher_literal(const value& v) {
  if (const auto* d = v.get_if<partial_date>()) return "date('" + d->to_string() + "')";
  if (const auto* x = v.get_if<double>(); x && !std::isfinite(*x)) return "toFloat('" + format_double(*x) + "')";
  if (const auto* l = v.get_if<value_list>()) {
    std::string out;
    for (const auto& e : *l) out += (out.empty() ? "" : ", ") + cypher_literal(e);
    return "[" + out + "]";
  }
  if (const auto* m = v.get_if<value_map>()) {
    std::string out;
    for (const auto& [k, e] : *m) out += (out.empty() ? "" : ", ") + cypher_name(k) + ": " + cypher_literal(e);
    return "{" + out + "}";
  }
  return to_cypher(v);
}

std::string csv_field(std::string_view text) {
  if (!text.empty() && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
  return out + "\r\n";
}

} // namespace annals::detail
