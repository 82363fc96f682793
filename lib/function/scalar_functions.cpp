// The scalar functions: graph accessors, lists, strings, numbers, partial
// dates, valid time and provenance. Null in, null out, unless Cypher says otherwise.
#include "annals/error.hpp"
#include "exec/cursor.hpp"
#include "function/case_mapping.hpp"
#include "function/date_functions.hpp"
#include "function/function_registry.hpp"
#include "values/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <random>

namespace annals::function {
namespace {

using exec::eval_context;
using args = std::span<const value>;

[[noreturn]] void bad(const std::string& fn, const value& v) {
  exec::type_fail("InvalidArgumentType", fn + "() does not accept a " + std::string(to_string(v.kind())));
}

bool any_null(args a) {
  return std::any_of(a.begin(), a.end(), [](const value& v) { return v.is_null(); });
}

double num(const std::string& fn, const value& v) {
  if (v.is<std::int64_t>()) return static_cast<double>(v.as<std::int64_t>());
  if (v.is<double>()) return v.as<double>();
  bad(fn, v);
}

const property_set* props_of(const value& v, const graph& g) {
  if (v.is<node_ref>()) return &g.node(v.as<node_ref>().id).properties;
  if (v.is<rel_ref>()) return &g.rel(v.as<rel_ref>().id).properties;
  return nullptr;
}

value f_id(args a, eval_context&) {
  if (a[0].is<node_ref>()) return std::int64_t{a[0].as<node_ref>().id};
  if (a[0].is<rel_ref>()) return std::int64_t{a[0].as<rel_ref>().id};
  if (a[0].is_null()) return {};
  bad("id", a[0]);
}
void require_alive(const value& v, const graph& g) {
  if (v.is<node_ref>() && !g.node_alive(v.as<node_ref>().id))
    exec::runtime_fail("EntityNotFound", "DeletedEntityAccess", "node " + std::to_string(v.as<node_ref>().id) + " has been deleted");
  if (v.is<rel_ref>() && !g.rel_alive(v.as<rel_ref>().id))
    exec::runtime_fail("EntityNotFound", "DeletedEntityAccess", "relationship " + std::to_string(v.as<rel_ref>().id) + " has been deleted");
}

value f_labels(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<node_ref>()) bad("labels", a[0]);
  require_alive(a[0], c.g);
  value_list out;
  for (symbol s : c.g.node(a[0].as<node_ref>().id).labels) out.push_back(c.g.name(s));
  std::sort(out.begin(), out.end(), [](const value& x, const value& y) { return compare_total(x, y) < 0; });
  return out;
}
value f_type(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<rel_ref>()) bad("type", a[0]);
  return c.g.name(c.g.rel_type(a[0].as<rel_ref>().id)); // deleted relationships keep their type
}
value f_properties(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<node_ref>() && !a[0].is<rel_ref>() && !a[0].is<value_map>()) bad("properties", a[0]);
  require_alive(a[0], c.g);
  return exec::properties_of(a[0], c.g);
}
value f_keys(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<node_ref>() && !a[0].is<rel_ref>() && !a[0].is<value_map>()) bad("keys", a[0]);
  require_alive(a[0], c.g);
  value_list out;
  for (const auto& [k, v] : exec::properties_of(a[0], c.g))
    if (!v.is_null() || a[0].is<value_map>()) out.push_back(k);
  return out;
}
value f_start_node(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<rel_ref>()) bad("startNode", a[0]);
  require_alive(a[0], c.g);
  return node_ref{c.g.source(a[0].as<rel_ref>().id)};
}
value f_end_node(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[0].is<rel_ref>()) bad("endNode", a[0]);
  require_alive(a[0], c.g);
  return node_ref{c.g.target(a[0].as<rel_ref>().id)};
}
value f_nodes(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (!a[0].is<path_value>()) bad("nodes", a[0]);
  value_list out;
  for (auto n : a[0].as<path_value>().nodes) out.push_back(node_ref{n});
  return out;
}
value f_relationships(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (!a[0].is<path_value>()) bad("relationships", a[0]);
  value_list out;
  for (auto r : a[0].as<path_value>().rels) out.push_back(rel_ref{r});
  return out;
}
// Strings are measured, cut and reversed in code points, as openCypher and Neo4j do.
std::int64_t utf8_length(const std::string& s) { return static_cast<std::int64_t>(values::code_point_count(s)); }
value f_length(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (a[0].is<path_value>()) return static_cast<std::int64_t>(a[0].as<path_value>().rels.size());
  if (a[0].is<value_list>()) return static_cast<std::int64_t>(a[0].as<value_list>().size());
  if (a[0].is<std::string>()) return utf8_length(a[0].as<std::string>());
  bad("length", a[0]);
}
value f_size(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (a[0].is<value_list>()) return static_cast<std::int64_t>(a[0].as<value_list>().size());
  if (a[0].is<std::string>()) return utf8_length(a[0].as<std::string>());
  if (a[0].is<value_map>()) return static_cast<std::int64_t>(a[0].as<value_map>().size());
  bad("size", a[0]);
}
const value_list& list_arg(const char* fn, const value& v) {
  if (!v.is<value_list>()) bad(fn, v);
  return v.as<value_list>();
}
value f_head(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto& l = list_arg("head", a[0]);
  return l.empty() ? value{} : l.front();
}
value f_last(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto& l = list_arg("last", a[0]);
  return l.empty() ? value{} : l.back();
}
value f_tail(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto& l = list_arg("tail", a[0]);
  return l.empty() ? value_list{} : value_list(l.begin() + 1, l.end());
}
value f_reverse(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (a[0].is<std::string>()) {
    return values::reverse_code_points(a[0].as<std::string>());
  }
  value_list l = list_arg("reverse", a[0]);
  std::reverse(l.begin(), l.end());
  return l;
}
value f_range(args a, eval_context& c) {
  for (const auto& v : a)
    if (!v.is<std::int64_t>())
      exec::runtime_fail("ArgumentError", "InvalidArgumentType",
                         "range() needs integers, was given a " + std::string(to_string(v.kind())));
  const std::int64_t from = a[0].as<std::int64_t>(), to = a[1].as<std::int64_t>();
  const std::int64_t step = a.size() > 2 ? a[2].as<std::int64_t>() : 1;
  if (step == 0) exec::runtime_fail("ArgumentError", "NumberOutOfRange", "range() step must not be zero");
  // How many values, counted before any is made: range(1, 1e12) fails at once, not after 16 GB.
  const __int128 span = (static_cast<__int128>(to) - from) / step;
  const std::size_t count = span < 0 ? 0 : static_cast<std::size_t>(std::min<__int128>(span + 1, std::numeric_limits<std::size_t>::max() / sizeof(value)));
  c.check_held(count, "range()", "values");
  c.check_fits(count * sizeof(value), "range()");
  value_list out;
  out.reserve(count);
  for (std::int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
    out.push_back(i);
    if ((step > 0 && i > std::numeric_limits<std::int64_t>::max() - step) ||
        (step < 0 && i < std::numeric_limits<std::int64_t>::min() - step))
      break;
  }
  return out;
}
value f_coalesce(args a, eval_context&) {
  for (const auto& v : a)
    if (!v.is_null()) return v;
  return {};
}
value f_to_string(args a, eval_context&) {
  const value& v = a[0];
  if (v.is_null()) return {};
  if (v.is<std::string>()) return v;
  if (v.is<std::int64_t>() || v.is<double>() || v.is<bool>()) return to_cypher(v);
  if (v.is<partial_date>()) return v.as<partial_date>().to_string();
  bad("toString", v);
}
value f_to_integer(args a, eval_context&) {
  const value& v = a[0];
  if (v.is_null() || v.is<std::int64_t>()) return v;
  if (v.is<double>()) {
    const double d = v.as<double>();
    if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return {};
    return static_cast<std::int64_t>(d);
  }
  if (v.is<bool>()) return std::int64_t{v.as<bool>() ? 1 : 0};
  if (v.is<std::string>()) {
    const auto& s = v.as<std::string>();
    char* end = nullptr;
    errno = 0;
    const long long i = std::strtoll(s.c_str(), &end, 10);
    if (end && *end == '\0' && !s.empty() && errno == 0) return std::int64_t{i};
    const double d = std::strtod(s.c_str(), &end);
    if (end && *end == '\0' && !s.empty() && std::isfinite(d) && d < 9.2233720368547758e18 && d >= -9.2233720368547758e18)
      return static_cast<std::int64_t>(d);
    return {};
  }
  bad("toInteger", v);
}
value f_to_float(args a, eval_context&) {
  const value& v = a[0];
  if (v.is_null() || v.is<double>()) return v;
  if (v.is<std::int64_t>()) return static_cast<double>(v.as<std::int64_t>());
  if (v.is<std::string>()) {
    const auto& s = v.as<std::string>();
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (end && *end == '\0' && !s.empty()) return d;
    return {};
  }
  bad("toFloat", v);
}
value f_to_boolean(args a, eval_context&) {
  const value& v = a[0];
  if (v.is_null() || v.is<bool>()) return v;
  if (v.is<std::string>()) {
    std::string s = v.as<std::string>();
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (s == "true") return true;
    if (s == "false") return false;
    return {};
  }
  if (v.is<std::int64_t>()) return v.as<std::int64_t>() != 0;
  bad("toBoolean", v);
}
const std::string& str(const char* fn, const value& v) {
  if (!v.is<std::string>()) bad(fn, v);
  return v.as<std::string>();
}
value f_to_lower(args a, eval_context&) {
  if (a[0].is_null()) return {};
  return to_lower_case(str("toLower", a[0]));
}
value f_to_upper(args a, eval_context&) {
  if (a[0].is_null()) return {};
  return to_upper_case(str("toUpper", a[0]));
}
value trim_impl(args a, bool left, bool right, const char* fn) {
  if (a[0].is_null()) return {};
  std::string s = str(fn, a[0]);
  const char* ws = " \t\n\r\f\v";
  if (right) s.erase(s.find_last_not_of(ws) + 1);
  if (left) s.erase(0, std::min(s.size(), s.find_first_not_of(ws)));
  return s;
}
value f_trim(args a, eval_context&) { return trim_impl(a, true, true, "trim"); }
value f_ltrim(args a, eval_context&) { return trim_impl(a, true, false, "lTrim"); }
value f_rtrim(args a, eval_context&) { return trim_impl(a, false, true, "rTrim"); }
value f_substring(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const std::string& s = str("substring", a[0]);
  if (!a[1].is<std::int64_t>()) bad("substring", a[1]);
  const auto start = a[1].as<std::int64_t>();
  if (start < 0) exec::runtime_fail("ArgumentError", "NumberOutOfRange", "substring() start must not be negative");
  std::int64_t len = std::numeric_limits<std::int64_t>::max();
  if (a.size() > 2) {
    if (!a[2].is<std::int64_t>()) bad("substring", a[2]);
    len = a[2].as<std::int64_t>();
    if (len < 0) exec::runtime_fail("ArgumentError", "NumberOutOfRange", "substring() length must not be negative");
  }
  const auto first = values::code_point_offset(s, static_cast<std::size_t>(start));
  const auto rest = std::string_view(s).substr(first);
  return std::string(rest.substr(0, values::code_point_offset(rest, static_cast<std::size_t>(len))));
}
value f_left(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (!a[1].is<std::int64_t>() || a[1].as<std::int64_t>() < 0) exec::runtime_fail("ArgumentError", "NumberOutOfRange", "left() needs a non-negative length");
  const auto& s = str("left", a[0]);
  return s.substr(0, values::code_point_offset(s, static_cast<std::size_t>(a[1].as<std::int64_t>())));
}
value f_right(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (!a[1].is<std::int64_t>() || a[1].as<std::int64_t>() < 0) exec::runtime_fail("ArgumentError", "NumberOutOfRange", "right() needs a non-negative length");
  const auto& s = str("right", a[0]);
  const auto length = values::code_point_count(s);
  const auto n = std::min(length, static_cast<std::size_t>(a[1].as<std::int64_t>()));
  return s.substr(values::code_point_offset(s, length - n));
}
value f_split(args a, eval_context&) {
  if (any_null(a)) return {};
  const auto& s = str("split", a[0]);
  const auto& sep = str("split", a[1]);
  value_list out;
  if (sep.empty()) {
    for (auto& c : values::code_points(s)) out.push_back(std::move(c));
    return out;
  }
  std::size_t pos = 0;
  while (true) {
    const auto next = s.find(sep, pos);
    out.push_back(s.substr(pos, next - pos));
    if (next == std::string::npos) break;
    pos = next + sep.size();
  }
  return out;
}
value f_replace(args a, eval_context&) {
  if (any_null(a)) return {};
  std::string s = str("replace", a[0]);
  const auto& from = str("replace", a[1]);
  const auto& to = str("replace", a[2]);
  if (from.empty()) return s;
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto next = s.find(from, pos);
    out += s.substr(pos, next - pos);
    if (next == std::string::npos) break;
    out += to;
    pos = next + from.size();
  }
  return out;
}
value f_abs(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (a[0].is<std::int64_t>()) {
    if (a[0].as<std::int64_t>() == std::numeric_limits<std::int64_t>::min())
      exec::runtime_fail("ArithmeticError", "IntegerOverflow", "integer overflow in abs()");
    return std::abs(a[0].as<std::int64_t>());
  }
  return std::fabs(num("abs", a[0]));
}
value f_round(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const double x = num("round", a[0]);
  if (a.size() > 1) {
    const double p = std::pow(10.0, num("round", a[1]));
    return std::round(x * p) / p;
  }
  return std::floor(x + 0.5);
}
value f_ceil(args a, eval_context&) { return a[0].is_null() ? value{} : value(std::ceil(num("ceil", a[0]))); }
value f_floor(args a, eval_context&) { return a[0].is_null() ? value{} : value(std::floor(num("floor", a[0]))); }
value f_sqrt(args a, eval_context&) { return a[0].is_null() ? value{} : value(std::sqrt(num("sqrt", a[0]))); }
value f_sign(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const double x = num("sign", a[0]);
  return std::int64_t{x > 0 ? 1 : (x < 0 ? -1 : 0)};
}
value f_exists(args a, eval_context&) { return !a[0].is_null(); }
// The generator belongs to the run (seeded once per run): nothing shared
// between queries or threads.
value f_rand(args, eval_context& ctx) {
  if (!ctx.random) ctx.random.emplace(std::random_device{}());
  return std::uniform_real_distribution<double>(0.0, 1.0)(*ctx.random);
}
value f_pi(args, eval_context&) { return 3.141592653589793; }
value f_e(args, eval_context&) { return 2.718281828459045; }
value unary_math(args a, const char* fn, double (*f)(double)) {
  return a[0].is_null() ? value{} : value(f(num(fn, a[0])));
}
value f_sin(args a, eval_context&) { return unary_math(a, "sin", [](double x) { return std::sin(x); }); }
value f_cos(args a, eval_context&) { return unary_math(a, "cos", [](double x) { return std::cos(x); }); }
value f_tan(args a, eval_context&) { return unary_math(a, "tan", [](double x) { return std::tan(x); }); }
// Out of their domain, asin and acos give null, as Neo4j documents; cot(0) is +Infinity.
value f_asin(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const double x = num("asin", a[0]);
  return x < -1 || x > 1 ? value{} : value(std::asin(x));
}
value f_acos(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const double x = num("acos", a[0]);
  return x < -1 || x > 1 ? value{} : value(std::acos(x));
}
value f_atan(args a, eval_context&) {
  return unary_math(a, "atan", [](double x) { return std::atan(x); });
}
value f_atan2(args a, eval_context&) {
  if (any_null(a)) return {};
  return std::atan2(num("atan2", a[0]), num("atan2", a[1]));
}
value f_cot(args a, eval_context&) {
  return unary_math(a, "cot", [](double x) { return std::cos(x) / std::sin(x); });
}
// Half the versine: (1 - cos x) / 2, the haversine formula's building block.
value f_haversin(args a, eval_context&) {
  return unary_math(a, "haversin", [](double x) { return (1 - std::cos(x)) / 2; });
}
value f_degrees(args a, eval_context&) {
  return unary_math(a, "degrees", [](double x) { return x * (180.0 / std::numbers::pi); });
}
value f_radians(args a, eval_context&) {
  return unary_math(a, "radians", [](double x) { return x * (std::numbers::pi / 180.0); });
}
value f_log(args a, eval_context&) { return unary_math(a, "log", [](double x) { return std::log(x); }); }
value f_log10(args a, eval_context&) { return unary_math(a, "log10", [](double x) { return std::log10(x); }); }
value f_exp(args a, eval_context&) { return unary_math(a, "exp", [](double x) { return std::exp(x); }); }

// ---- partial dates -------------------------------------------------------------
value f_date(args a, eval_context&) {
  if (a[0].is_null()) return {};
  if (a[0].is<partial_date>()) return a[0];
  if (a[0].is<value_map>()) {
    // date({year: 1864, month: 9}) is the partial date 1864-09.
    const auto& m = a[0].as<value_map>();
    auto field = [&](const char* k) -> std::optional<std::int64_t> {
      auto it = m.find(k);
      if (it == m.end() || it->second.is_null()) return std::nullopt;
      if (!it->second.is<std::int64_t>()) bad("date", it->second);
      return it->second.as<std::int64_t>();
    };
    auto y = field("year"), mo = field("month"), d = field("day");
    char buf[40];
    if (!y) exec::runtime_fail("ArgumentError", "InvalidDate", "date({…}) needs a year");
    if (d && !mo) exec::runtime_fail("ArgumentError", "InvalidDate", "date({…}) with a day needs a month");
    if (d) std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(*y), static_cast<long long>(*mo), static_cast<long long>(*d));
    else if (mo) std::snprintf(buf, sizeof buf, "%04lld-%02lld", static_cast<long long>(*y), static_cast<long long>(*mo));
    else std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(*y));
    auto parsed = partial_date::parse(buf);
    if (!parsed) exec::runtime_fail("ArgumentError", "InvalidDate", std::string("not a calendar date: ") + buf);
    return *parsed;
  }
  const auto& s = str("date", a[0]);
  auto d = partial_date::parse(s);
  if (!d)
    exec::runtime_fail("ArgumentError", "InvalidDate",
                       "date('" + s +
                           "') is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, perhaps with X for unknown "
                           "digits and ? ~ or % at the end, or an interval START/END (.. for an open end)");
  return *d;
}
const partial_date& date_arg(const char* fn, const value& v) {
  if (!v.is<partial_date>()) bad(fn, v);
  return v.as<partial_date>();
}
value f_precision(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto name = date_arg("precision", a[0]).precision_name();
  return name ? value(std::string(*name)) : value{};
}
// Null at an open or unknown end: there is no such day.
value f_earliest(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto first = date_arg("earliest", a[0]).first_day();
  return first == days_before_all ? value{} : value(partial_date::from_days(first));
}
value f_latest(args a, eval_context&) {
  if (a[0].is_null()) return {};
  const auto last = date_arg("latest", a[0]).last_day();
  return last == days_after_all ? value{} : value(partial_date::from_days(last));
}
value f_overlaps(args a, eval_context&) {
  if (any_null(a)) return {};
  return overlaps(date_arg("overlaps", a[0]), date_arg("overlaps", a[1]));
}

// ---- valid time ------------------------------------------------------------------
value f_valid_at(args a, eval_context& c) {
  if (any_null(a)) return {};
  const property_set* p = props_of(a[0], c.g);
  if (!p) bad("valid_at", a[0]);
  auto t = exec::valid_at(*p, c.g, value(date_arg("valid_at", a[1])));
  return t ? value(*t) : value{};
}
value f_possibly_valid_at(args a, eval_context& c) {
  if (any_null(a)) return {};
  const property_set* p = props_of(a[0], c.g);
  if (!p) bad("possibly_valid_at", a[0]);
  auto t = exec::valid_at(*p, c.g, value(date_arg("possibly_valid_at", a[1])));
  return !t || *t;
}
// True when the fact certainly holds on every day from d1 to d2 (inclusive),
// false when it certainly holds on none of them, null otherwise.
value f_valid_during(args a, eval_context& c) {
  if (any_null(a)) return {};
  const property_set* p = props_of(a[0], c.g);
  if (!p) bad("valid_during", a[0]);
  const auto& d1 = date_arg("valid_during", a[1]);
  const auto& d2 = date_arg("valid_during", a[2]);
  auto first = exec::valid_at(*p, c.g, value(partial_date::from_days(d1.first_day())));
  auto last = exec::valid_at(*p, c.g, value(partial_date::from_days(d2.last_day())));
  if (first && *first && last && *last) return true;
  // Certainly none: the whole span lies before since or after until.
  auto since_key = c.g.find_symbol("since");
  auto until_key = c.g.find_symbol("until");
  const value* since = since_key ? p->get(*since_key) : nullptr;
  const value* until = until_key ? p->get(*until_key) : nullptr;
  if (since && since->is<partial_date>() && d2.last_day() < since->as<partial_date>().first_day()) return false;
  if (until && until->is<partial_date>() && d1.first_day() >= until->as<partial_date>().last_day()) return false;
  return {};
}

// ---- provenance ---------------------------------------------------------------------
value f_cite(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  const property_set* p = props_of(a[0], c.g);
  if (!p) bad("cite", a[0]);
  // A derived relationship carries the citations of the facts it comes from (lib/derive/provenance.hpp).
  if (auto cited_key = c.g.find_symbol("citations"))
    if (const value* cited = p->get(*cited_key); cited && cited->is<value_list>() && !cited->as<value_list>().empty()) {
      std::string out;
      for (const auto& one : cited->as<value_list>())
        if (one.is<std::string>()) out += (out.empty() ? "" : "; ") + one.as<std::string>();
      return out;
    }
  auto source_key = c.g.find_symbol("source");
  auto lines_key = c.g.find_symbol("lines");
  const value* source = source_key ? p->get(*source_key) : nullptr;
  const value* lines = lines_key ? p->get(*lines_key) : nullptr;
  if (!source || !source->is<std::string>()) return {};
  std::string out = source->as<std::string>();
  if (lines && lines->is<value_list>() && !lines->as<value_list>().empty()) {
    out += " (";
    bool first = true;
    for (const auto& l : lines->as<value_list>()) {
      out += (first ? "L" : ", L") + to_cypher(l);
      first = false;
    }
    out += ")";
  }
  return out;
}

// Inline property maps given as a parameter: MATCH (n $props).
value f_properties_match(args a, eval_context& c) {
  if (a[0].is_null()) return {};
  if (!a[1].is<value_map>()) return false;
  for (const auto& [k, v] : a[1].as<value_map>()) {
    auto key = c.g.find_symbol(k);
    const property_set* p = props_of(a[0], c.g);
    const value* have = key && p ? p->get(*key) : nullptr;
    if (!have) return false;
    auto eq = exec::cypher_equals(*have, v);
    if (!eq || !*eq) return false;
  }
  return true;
}

constexpr std::size_t many = 1000;

const std::map<std::string_view, function_info>& registry() {
  static const std::map<std::string_view, function_info> table = [] {
    std::map<std::string_view, function_info> t;
    auto add = [&](std::string_view name, std::size_t lo, std::size_t hi, bind::scalar_function f) {
      t.emplace(name, function_info{name, lo, hi, f});
    };
    add("id", 1, 1, f_id);
    add("labels", 1, 1, f_labels);
    add("type", 1, 1, f_type);
    add("properties", 1, 1, f_properties);
    add("keys", 1, 1, f_keys);
    add("startnode", 1, 1, f_start_node);
    add("endnode", 1, 1, f_end_node);
    add("nodes", 1, 1, f_nodes);
    add("relationships", 1, 1, f_relationships);
    add("length", 1, 1, f_length);
    add("size", 1, 1, f_size);
    add("head", 1, 1, f_head);
    add("last", 1, 1, f_last);
    add("tail", 1, 1, f_tail);
    add("reverse", 1, 1, f_reverse);
    add("range", 2, 3, f_range);
    add("coalesce", 1, many, f_coalesce);
    add("tostring", 1, 1, f_to_string);
    add("tointeger", 1, 1, f_to_integer);
    add("tofloat", 1, 1, f_to_float);
    add("toboolean", 1, 1, f_to_boolean);
    add("tolower", 1, 1, f_to_lower);
    add("toupper", 1, 1, f_to_upper);
    add("trim", 1, 1, f_trim);
    add("ltrim", 1, 1, f_ltrim);
    add("rtrim", 1, 1, f_rtrim);
    add("substring", 2, 3, f_substring);
    add("left", 2, 2, f_left);
    add("right", 2, 2, f_right);
    add("split", 2, 2, f_split);
    add("replace", 3, 3, f_replace);
    add("abs", 1, 1, f_abs);
    add("round", 1, 2, f_round);
    add("ceil", 1, 1, f_ceil);
    add("floor", 1, 1, f_floor);
    add("sqrt", 1, 1, f_sqrt);
    add("sign", 1, 1, f_sign);
    add("exists", 1, 1, f_exists);
    add("rand", 0, 0, f_rand);
    add("pi", 0, 0, f_pi);
    add("e", 0, 0, f_e);
    add("sin", 1, 1, f_sin);
    add("cos", 1, 1, f_cos);
    add("tan", 1, 1, f_tan);
    add("asin", 1, 1, f_asin);
    add("acos", 1, 1, f_acos);
    add("atan", 1, 1, f_atan);
    add("atan2", 2, 2, f_atan2);
    add("cot", 1, 1, f_cot);
    add("haversin", 1, 1, f_haversin);
    add("degrees", 1, 1, f_degrees);
    add("radians", 1, 1, f_radians);
    add("log", 1, 1, f_log);
    add("log10", 1, 1, f_log10);
    add("exp", 1, 1, f_exp);
    add("date", 1, 1, f_date);
    add("precision", 1, 1, f_precision);
    add("earliest", 1, 1, f_earliest);
    add("latest", 1, 1, f_latest);
    add("overlaps", 2, 2, f_overlaps);
    add("valid_at", 2, 2, f_valid_at);
    add("possibly_valid_at", 2, 2, f_possibly_valid_at);
    add("valid_during", 3, 3, f_valid_during);
    add("cite", 1, 1, f_cite);
    add("__properties_match", 2, 2, f_properties_match);
    for (const auto& f : date_functions()) t.emplace(f.name, f);
    return t;
  }();
  return table;
}

} // namespace

const function_info* find_scalar(std::string_view lower_name) {
  auto it = registry().find(lower_name);
  return it == registry().end() ? nullptr : &it->second;
}

std::optional<bind::aggregate_kind> find_aggregate(std::string_view n) {
  using bind::aggregate_kind;
  if (n == "count") return aggregate_kind::count;
  if (n == "sum") return aggregate_kind::sum;
  if (n == "avg") return aggregate_kind::avg;
  if (n == "min") return aggregate_kind::min;
  if (n == "max") return aggregate_kind::max;
  if (n == "collect") return aggregate_kind::collect;
  if (n == "stdev") return aggregate_kind::stdev;
  if (n == "stdevp") return aggregate_kind::stdevp;
  if (n == "percentilecont") return aggregate_kind::percentile_cont;
  if (n == "percentiledisc") return aggregate_kind::percentile_disc;
  return std::nullopt;
}

std::vector<std::string_view> function_names() {
  std::vector<std::string_view> out;
  for (const auto& [name, f] : registry())
    if (!name.starts_with("__")) out.push_back(name);
  for (auto n : {"count", "sum", "avg", "min", "max", "collect", "stDev", "stDevP", "percentileCont", "percentileDisc"})
    out.push_back(n);
  return out;
}

} // namespace annals::function
