#include "annals/schema.hpp"

#include "annals/error.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>

namespace annals {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

using range = data_type::range;

// The bounds of a narrower integer range, inclusive.
std::pair<std::int64_t, std::int64_t> bounds(range r) {
  switch (r) {
  case range::int8: return {-128, 127};
  case range::int16: return {-32768, 32767};
  case range::int32: return {-2147483648LL, 2147483647LL};
  case range::uint8: return {0, 255};
  case range::uint16: return {0, 65535};
  case range::uint32: return {0, 4294967295LL};
  case range::uint64:
  case range::serial: return {0, std::numeric_limits<std::int64_t>::max()};
  default: return {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
  }
}

bool admits_scalar(data_type::base b, range r, const value& v) {
  switch (b) {
  case data_type::base::any: return true;
  case data_type::base::boolean: return v.is<bool>();
  case data_type::base::int64: {
    if (!v.is<std::int64_t>()) return false;
    const auto [lo, hi] = bounds(r);
    return v.as<std::int64_t>() >= lo && v.as<std::int64_t>() <= hi;
  }
  case data_type::base::double_: {
    if (v.is<std::int64_t>()) return true;
    if (!v.is<double>()) return false;
    const double d = v.as<double>();
    return r != range::float32 || !std::isfinite(d) || std::fabs(d) <= std::numeric_limits<float>::max();
  }
  case data_type::base::string: return v.is<std::string>();
  case data_type::base::date: return v.is<partial_date>();
  }
  return false;
}

struct type_word {
  std::string_view name;
  data_type::base element;
  range declared;
};

// Kùzu's names and the aliases annals has always read, upper case.
constexpr type_word type_words[] = {
    {"STRING", data_type::base::string, range::full},   {"INT64", data_type::base::int64, range::full},
    {"INT", data_type::base::int64, range::full},       {"INTEGER", data_type::base::int64, range::full},
    {"INT8", data_type::base::int64, range::int8},      {"INT16", data_type::base::int64, range::int16},
    {"INT32", data_type::base::int64, range::int32},    {"UINT8", data_type::base::int64, range::uint8},
    {"UINT16", data_type::base::int64, range::uint16},  {"UINT32", data_type::base::int64, range::uint32},
    {"UINT64", data_type::base::int64, range::uint64},  {"SERIAL", data_type::base::int64, range::serial},
    {"DOUBLE", data_type::base::double_, range::full},  {"FLOAT", data_type::base::double_, range::float32},
    {"BOOL", data_type::base::boolean, range::full},    {"BOOLEAN", data_type::base::boolean, range::full},
    {"DATE", data_type::base::date, range::full},
};

std::string_view range_name(range r) {
  switch (r) {
  case range::full: return "";
  case range::int8: return "INT8";
  case range::int16: return "INT16";
  case range::int32: return "INT32";
  case range::uint8: return "UINT8";
  case range::uint16: return "UINT16";
  case range::uint32: return "UINT32";
  case range::uint64: return "UINT64";
  case range::serial: return "SERIAL";
  case range::float32: return "FLOAT";
  }
  return "";
}

[[noreturn]] void refuse(const std::string& detail, const std::string& message) {
  throw schema_error("SchemaError", detail, message);
}

} // namespace

std::optional<data_type> data_type::parse(std::string_view text) {
  data_type t;
  std::string s = upper(text);
  if (!s.empty() && s.back() == ']') {
    const auto open = s.rfind('[');
    if (open == std::string::npos || open == 0) return std::nullopt;
    const std::string_view digits = std::string_view(s).substr(open + 1, s.size() - open - 2);
    if (!digits.empty()) {
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), t.fixed_length);
      if (ec != std::errc{} || p != digits.data() + digits.size() || t.fixed_length == 0) return std::nullopt;
    }
    t.is_list = true;
    s.resize(open);
  }
  for (const auto& w : type_words)
    if (w.name == s) {
      t.element = w.element;
      t.declared = w.declared;
      // SERIAL is a counter, not an element type.
      if (t.is_list && w.declared == range::serial) return std::nullopt;
      return t;
    }
  return std::nullopt;
}

std::string data_type::why_not_held(std::string_view name) {
  const std::string s = upper(name);
  if (s.rfind("TIMESTAMP", 0) == 0)
    return s + " cannot be held: annals has dates but no time of day (declare DATE or STRING)";
  if (s == "INT128" || s == "UINT128")
    return s + " cannot be held: annals integers are 64-bit signed (declare INT64, or STRING for larger values)";
  if (s == "DECIMAL" || s == "UUID" || s == "BLOB" || s == "INTERVAL" || s == "TIME" || s == "JSON")
    return s + " cannot be held exactly by annals (declare STRING to keep the text)";
  return {};
}

std::string data_type::to_string() const {
  std::string s(range_name(declared));
  if (s.empty()) switch (element) {
    case base::any: s = "ANY"; break;
    case base::boolean: s = "BOOL"; break;
    case base::int64: s = "INT64"; break;
    case base::double_: s = "DOUBLE"; break;
    case base::string: s = "STRING"; break;
    case base::date: s = "DATE"; break;
    }
  if (!is_list) return s;
  return s + "[" + (fixed_length ? std::to_string(fixed_length) : std::string()) + "]";
}

std::string data_type::describe() const {
  std::string s = to_string();
  std::string detail;
  if (element == base::int64 && declared != range::full) {
    const auto [lo, hi] = bounds(declared);
    detail = std::to_string(lo) + " to " + std::to_string(hi);
  } else if (declared == range::float32)
    detail = "at most 3.4028235e+38 in size";
  if (fixed_length) detail += (detail.empty() ? "" : ", ") + std::to_string(fixed_length) + " elements";
  return detail.empty() ? s : s + " (" + detail + ")";
}

bool data_type::admits(const value& v) const {
  if (v.is_null()) return true;
  if (!is_list) return admits_scalar(element, declared, v);
  if (!v.is<value_list>()) return false;
  const auto& items = v.as<value_list>();
  if (fixed_length && items.size() != fixed_length) return false;
  return std::all_of(items.begin(), items.end(),
                     [&](const value& x) { return !x.is_null() && admits_scalar(element, declared, x); });
}

const column* node_table::find(std::string_view col) const {
  for (const auto& c : columns)
    if (c.name == col) return &c;
  return nullptr;
}

const column* rel_table::find(std::string_view col) const {
  for (const auto& c : columns)
    if (c.name == col) return &c;
  return nullptr;
}

void schema::add_node_table(node_table t) {
  if (nodes_.count(t.name) || rels_.count(t.name)) refuse("TableExists", "table " + t.name + " already exists");
  std::set<std::string> seen;
  for (const auto& c : t.columns)
    if (!seen.insert(c.name).second)
      refuse("DuplicateColumn", "table " + t.name + " declares property " + c.name + " twice");
  if (t.primary_key.empty()) refuse("MissingPrimaryKey", "node table " + t.name + " needs a PRIMARY KEY");
  const column* pk = t.find(t.primary_key);
  if (!pk)
    refuse("UnknownPrimaryKey",
           "primary key " + t.primary_key + " of table " + t.name + " is not one of its properties");
  if (pk->type.is_list)
    refuse("InvalidPrimaryKey", "primary key " + t.name + "." + t.primary_key + " cannot be a list");
  nodes_.emplace(t.name, std::move(t));
}

void schema::add_rel_table(rel_table t) {
  if (nodes_.count(t.name) || rels_.count(t.name)) refuse("TableExists", "table " + t.name + " already exists");
  if (t.endpoints.empty()) refuse("MissingEndpoints", "relationship table " + t.name + " needs FROM … TO …");
  // A derived table's endpoints describe what its query returns; they need not be declared.
  for (const auto& [from, to] : t.endpoints)
    for (const auto& label : {from, to})
      if (!nodes_.count(label) && !t.is_derived())
        refuse("UnknownTable", "relationship table " + t.name + " refers to node table " + label +
                                   ", which is not declared");
  std::set<std::string> seen;
  for (const auto& c : t.columns)
    if (!seen.insert(c.name).second)
      refuse("DuplicateColumn", "table " + t.name + " declares property " + c.name + " twice");
  rels_.emplace(t.name, std::move(t));
}

void schema::drop_table(std::string_view name) {
  if (auto it = nodes_.find(name); it != nodes_.end()) {
    for (const auto& [rname, r] : rels_)
      for (const auto& [from, to] : r.endpoints)
        if (from == name || to == name)
          refuse("TableInUse", "cannot drop node table " + std::string(name) + ": relationship table " + rname +
                                   " refers to it");
    nodes_.erase(it);
    return;
  }
  if (auto it = rels_.find(name); it != rels_.end()) {
    rels_.erase(it);
    return;
  }
  refuse("UnknownTable", "no table named " + std::string(name));
}

const node_table* schema::find_node_table(std::string_view label) const {
  auto it = nodes_.find(label);
  return it == nodes_.end() ? nullptr : &it->second;
}

const rel_table* schema::find_rel_table(std::string_view type) const {
  auto it = rels_.find(type);
  return it == rels_.end() ? nullptr : &it->second;
}

} // namespace annals
