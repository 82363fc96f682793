#include "annals/value.hpp"

#include "annals/error.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace annals {

namespace detail {
namespace {
// The C++ type a kind is read as, as a program spells it in as<…>().
std::string_view cxx_type(value_kind k) {
  switch (k) {
  case value_kind::null: return "std::monostate";
  case value_kind::boolean: return "bool";
  case value_kind::integer: return "std::int64_t";
  case value_kind::floating: return "double";
  case value_kind::string: return "std::string";
  case value_kind::date: return "annals::partial_date";
  case value_kind::list: return "annals::value_list";
  case value_kind::map: return "annals::value_map";
  case value_kind::node: return "annals::node_ref";
  case value_kind::relationship: return "annals::rel_ref";
  case value_kind::path: return "annals::path_value";
  }
  return "?";
}
std::string with_article(value_kind k) {
  const auto name = std::string(to_string(k));
  return (k == value_kind::integer ? "an " : "a ") + name;
}
} // namespace

void throw_wrong_kind(value_kind wanted, value_kind actual) {
  std::string message = "value::as<" + std::string(cxx_type(wanted)) + ">(): wanted " + with_article(wanted) + ", got ";
  if (actual == value_kind::null) message += "null (value_or() and try_as() accept null)";
  else message += with_article(actual);
  throw type_error("TypeError", "WrongValueKind", message);
}
} // namespace detail

std::string_view to_string(value_kind k) {
  switch (k) {
  case value_kind::null: return "NULL";
  case value_kind::boolean: return "BOOL";
  case value_kind::integer: return "INT64";
  case value_kind::floating: return "DOUBLE";
  case value_kind::string: return "STRING";
  case value_kind::date: return "DATE";
  case value_kind::list: return "LIST";
  case value_kind::map: return "MAP";
  case value_kind::node: return "NODE";
  case value_kind::relationship: return "RELATIONSHIP";
  case value_kind::path: return "PATH";
  }
  return "?";
}

namespace {

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
    case '\'': out += "\\'"; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    default: out += c;
    }
  }
  return out + "'";
}

} // namespace

std::string format_double(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string to_cypher(const value& v) {
  struct visitor {
    std::string operator()(std::monostate) const { return "null"; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const { return format_double(d); }
    std::string operator()(const std::string& s) const { return quote(s); }
    std::string operator()(const partial_date& d) const { return d.to_string(); }
    std::string operator()(const value_list& l) const {
      std::string out = "[";
      for (std::size_t i = 0; i < l.size(); ++i) out += (i ? ", " : "") + to_cypher(l[i]);
      return out + "]";
    }
    std::string operator()(const value_map& m) const {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, x] : m) {
        out += (first ? "" : ", ") + k + ": " + to_cypher(x);
        first = false;
      }
      return out + "}";
    }
    std::string operator()(node_ref n) const { return "node(" + std::to_string(n.id) + ")"; }
    std::string operator()(rel_ref r) const { return "relationship(" + std::to_string(r.id) + ")"; }
    std::string operator()(const path_value& p) const {
      std::string out = "path(";
      for (std::size_t i = 0; i < p.nodes.size(); ++i) out += (i ? "," : "") + std::to_string(p.nodes[i]);
      return out + ")";
    }
  };
  return std::visit(visitor{}, v.data);
}

namespace {

// Cypher orderability groups, ascending.
int order_group(const value& v) {
  switch (v.kind()) {
  case value_kind::map: return 0;
  case value_kind::node: return 1;
  case value_kind::relationship: return 2;
  case value_kind::list: return 3;
  case value_kind::path: return 4;
  case value_kind::date: return 5;
  case value_kind::string: return 6;
  case value_kind::boolean: return 7;
  case value_kind::integer:
  case value_kind::floating: return 8;
  case value_kind::null: return 9;
  }
  return 10;
}

template <class T> int three_way(const T& a, const T& b) { return a < b ? -1 : (b < a ? 1 : 0); }

int compare_numbers(const value& a, const value& b) {
  if (a.is<std::int64_t>() && b.is<std::int64_t>()) return three_way(a.as<std::int64_t>(), b.as<std::int64_t>());
  const double x = a.is<double>() ? a.as<double>() : static_cast<double>(a.as<std::int64_t>());
  const double y = b.is<double>() ? b.as<double>() : static_cast<double>(b.as<std::int64_t>());
  // NaN sorts above every other number.
  if (std::isnan(x) || std::isnan(y)) return std::isnan(x) == std::isnan(y) ? 0 : (std::isnan(x) ? 1 : -1);
  if (x == y && a.is<std::int64_t>() != b.is<std::int64_t>()) {
    // Exactness: compare the integer against the double without rounding.
    const auto& i = a.is<std::int64_t>() ? a.as<std::int64_t>() : b.as<std::int64_t>();
    const double d = a.is<double>() ? a.as<double>() : b.as<double>();
    if (d >= 9.2233720368547758e18) return a.is<std::int64_t>() ? -1 : 1;
    const auto di = static_cast<std::int64_t>(d);
    const int c = three_way(i, di);
    return a.is<std::int64_t>() ? c : -c;
  }
  return three_way(x, y);
}

} // namespace

int compare_total(const value& a, const value& b) {
  const int ga = order_group(a), gb = order_group(b);
  if (ga != gb) return ga < gb ? -1 : 1;
  switch (a.kind()) {
  case value_kind::null: return 0;
  case value_kind::boolean: return three_way(a.as<bool>(), b.as<bool>());
  case value_kind::integer:
  case value_kind::floating: return compare_numbers(a, b);
  case value_kind::string: return three_way(a.as<std::string>(), b.as<std::string>());
  case value_kind::date: {
    auto c = a.as<partial_date>() <=> b.as<partial_date>();
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  case value_kind::list: {
    const auto& x = a.as<value_list>();
    const auto& y = b.as<value_list>();
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
      if (int c = compare_total(x[i], y[i])) return c;
    return three_way(x.size(), y.size());
  }
  case value_kind::map: {
    const auto& x = a.as<value_map>();
    const auto& y = b.as<value_map>();
    auto i = x.begin();
    auto j = y.begin();
    for (; i != x.end() && j != y.end(); ++i, ++j) {
      if (int c = three_way(i->first, j->first)) return c;
      if (int c = compare_total(i->second, j->second)) return c;
    }
    return three_way(x.size(), y.size());
  }
  case value_kind::node: return three_way(a.as<node_ref>().id, b.as<node_ref>().id);
  case value_kind::relationship: return three_way(a.as<rel_ref>().id, b.as<rel_ref>().id);
  case value_kind::path: {
    const auto& x = a.as<path_value>();
    const auto& y = b.as<path_value>();
    if (int c = three_way(x.nodes, y.nodes)) return c;
    return three_way(x.rels, y.rels);
  }
  }
  return 0;
}

std::size_t value_hash::operator()(const value& v) const {
  auto mix = [](std::size_t h, std::size_t x) { return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
  switch (v.kind()) {
  case value_kind::null: return 0;
  case value_kind::boolean: return std::hash<bool>{}(v.as<bool>());
  case value_kind::integer: return std::hash<double>{}(static_cast<double>(v.as<std::int64_t>()));
  case value_kind::floating: return std::hash<double>{}(v.as<double>());
  case value_kind::string: return std::hash<std::string>{}(v.as<std::string>());
  case value_kind::date: {
    const auto& d = v.as<partial_date>();
    return mix(std::hash<std::int64_t>{}(d.first_day()), static_cast<std::size_t>(d.precision()));
  }
  case value_kind::list: {
    std::size_t h = 7;
    for (const auto& x : v.as<value_list>()) h = mix(h, (*this)(x));
    return h;
  }
  case value_kind::map: {
    std::size_t h = 11;
    for (const auto& [k, x] : v.as<value_map>()) h = mix(mix(h, std::hash<std::string>{}(k)), (*this)(x));
    return h;
  }
  case value_kind::node: return mix(13, v.as<node_ref>().id);
  case value_kind::relationship: return mix(17, v.as<rel_ref>().id);
  case value_kind::path: {
    std::size_t h = 19;
    for (auto n : v.as<path_value>().nodes) h = mix(h, n);
    for (auto r : v.as<path_value>().rels) h = mix(h, r);
    return h;
  }
  }
  return 0;
}

} // namespace annals
