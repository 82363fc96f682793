#include "json_value.hpp"

#include <nlohmann/json.hpp>

#include <limits>
#include <stdexcept>

namespace annals::cli {

namespace {

value from_json(const nlohmann::json& j) {
  using t = nlohmann::json::value_t;
  switch (j.type()) {
  case t::null: return {};
  case t::boolean: return j.get<bool>();
  case t::number_integer: return j.get<std::int64_t>();
  case t::number_unsigned: {
    const auto u = j.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) return static_cast<double>(u);
    return static_cast<std::int64_t>(u);
  }
  case t::number_float: return j.get<double>();
  case t::string: return j.get<std::string>();
  case t::array: {
    value_list list;
    for (const auto& x : j) list.push_back(from_json(x));
    return list;
  }
  case t::object: {
    value_map map;
    for (const auto& [k, x] : j.items()) map.emplace(k, from_json(x));
    return map;
  }
  default: throw std::invalid_argument("unsupported JSON value");
  }
}

} // namespace

value json_to_value(std::string_view json_text) {
  try {
    return from_json(nlohmann::json::parse(json_text));
  } catch (const nlohmann::json::parse_error&) {
    throw std::invalid_argument("not JSON: " + std::string(json_text) + " (strings need double quotes: '\"text\"')");
  }
}

std::pair<std::string, value> parse_parameter(std::string_view assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw std::invalid_argument("a parameter is name=JSON, not " + std::string(assignment));
  std::string name(assignment.substr(0, eq));
  if (name.front() == '$') name.erase(0, 1);
  try {
    return {name, json_to_value(assignment.substr(eq + 1))};
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument("parameter " + name + ": " + e.what());
  }
}

} // namespace annals::cli
