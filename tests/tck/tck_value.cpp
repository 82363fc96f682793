#include "tck_value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace annals::tck {

std::string format_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return "0.0"; // and -0.0: Cypher's 0.0 = -0.0
  char buf[64];
  const auto end = std::to_chars(buf, buf + sizeof buf, d).ptr; // shortest text that reads back exactly
  std::string s(buf, end);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

namespace {

bool plain_name(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::string name(const std::string& s) { return plain_name(s) ? s : '`' + s + '`'; }

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
    case '\'': out += "\\'"; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: out += c;
    }
  }
  return out + '\'';
}

struct printer {
  bool unordered_lists;

  std::string operator()(std::monostate) const { return "null"; }
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(std::int64_t i) const { return std::to_string(i); }
  std::string operator()(double d) const { return format_float(d); }
  std::string operator()(const std::string& s) const { return quote(s); }
  std::string operator()(const tck_other& o) const { return o.text; }

  std::string operator()(const tck_list& l) const {
    std::vector<std::string> items;
    for (const auto& v : l) items.push_back(std::visit(*this, v.data));
    if (unordered_lists) std::sort(items.begin(), items.end());
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + ']';
  }
  std::string operator()(const tck_map& m) const {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, v] : m) {
      out += (first ? "" : ", ") + name(k) + ": " + std::visit(*this, v.data);
      first = false;
    }
    return out + '}';
  }
  std::string properties(const tck_map& m) const { return m.empty() ? "" : (*this)(m); }
  std::string operator()(const tck_node& n) const {
    std::string out = "(";
    for (const auto& l : n.labels) out += ':' + name(l);
    if (!n.properties.empty()) out += (n.labels.empty() ? "" : " ") + properties(n.properties);
    return out + ')';
  }
  std::string operator()(const tck_relationship& r) const {
    std::string out = "[:" + name(r.type);
    if (!r.properties.empty()) out += ' ' + properties(r.properties);
    return out + ']';
  }
  std::string operator()(const tck_path& p) const {
    std::string out = "<";
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
      if (i) {
        const bool forward = i - 1 < p.forward.size() && p.forward[i - 1];
        const auto rel = i - 1 < p.relationships.size() ? (*this)(p.relationships[i - 1]) : "[?]";
        out += forward ? '-' + rel + "->" : "<-" + rel + '-';
      }
      out += (*this)(p.nodes[i]);
    }
    return out + '>';
  }
};

} // namespace

std::string canonical(const tck_value& v, bool unordered_lists) { return std::visit(printer{unordered_lists}, v.data); }

} // namespace annals::tck
