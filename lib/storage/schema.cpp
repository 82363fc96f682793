#include "annals/schema.hpp"

#include "annals/error.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace annals {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool admits_scalar(data_type::base b, const value& v) {
  switch (b) {
  case data_type::base::any: return true;
  case data_type::base::boolean: return v.is<bool>();
  case data_type::base::int64: return v.is<std::int64_t>();
  case data_type::base::double_: return v.is<double>() || v.is<std::int64_t>();
  case data_type::base::string: return v.is<std::string>();
  case data_type::base::date: return v.is<partial_date>();
  }
  return false;
}

[[noreturn]] void refuse(const std::string& detail, const std::string& message) {
  throw schema_error("SchemaError", detail, message);
}

} // namespace

std::optional<data_type> data_type::parse(std::string_view text) {
  data_type t;
  std::string s = upper(text);
  if (s.size() > 2 && s.substr(s.size() - 2) == "[]") {
    t.is_list = true;
    s.resize(s.size() - 2);
  }
  if (s == "STRING") t.element = base::string;
  else if (s == "INT64" || s == "INT" || s == "INTEGER") t.element = base::int64;
  else if (s == "DOUBLE" || s == "FLOAT") t.element = base::double_;
  else if (s == "BOOL" || s == "BOOLEAN") t.element = base::boolean;
  else if (s == "DATE") t.element = base::date;
  else return std::nullopt;
  return t;
}

std::string data_type::to_string() const {
  std::string s;
  switch (element) {
  case base::any: s = "ANY"; break;
  case base::boolean: s = "BOOL"; break;
  case base::int64: s = "INT64"; break;
  case base::double_: s = "DOUBLE"; break;
  case base::string: s = "STRING"; break;
  case base::date: s = "DATE"; break;
  }
  return is_list ? s + "[]" : s;
}

bool data_type::admits(const value& v) const {
  if (v.is_null()) return true;
  if (!is_list) return admits_scalar(element, v);
  if (!v.is<value_list>()) return false;
  return std::all_of(v.as<value_list>().begin(), v.as<value_list>().end(),
                     [&](const value& x) { return !x.is_null() && admits_scalar(element, x); });
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
