#include "annals/procedure.hpp"

#include <algorithm>
#include <cctype>

namespace annals {
namespace {

struct type_name {
  std::string_view text;
  procedure_type::base kind;
};
constexpr type_name type_names[] = {
    {"ANY", procedure_type::base::any},
    {"BOOLEAN", procedure_type::base::boolean},
    {"INTEGER", procedure_type::base::integer},
    {"FLOAT", procedure_type::base::float_},
    {"NUMBER", procedure_type::base::number},
    {"STRING", procedure_type::base::string},
    {"DATE", procedure_type::base::date},
    {"LIST", procedure_type::base::list},
    {"MAP", procedure_type::base::map},
    {"NODE", procedure_type::base::node},
    {"RELATIONSHIP", procedure_type::base::relationship},
    {"PATH", procedure_type::base::path},
};

} // namespace

std::optional<procedure_type> procedure_type::parse(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  std::size_t n = 0;
  while (n < text.size() && std::isalpha(static_cast<unsigned char>(text[n]))) ++n;
  std::string word(text.substr(0, n));
  for (auto& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& t : type_names)
    if (t.text == word) {
      procedure_type out{t.kind, n < text.size() && text[n] == '?'};
      return out;
    }
  return std::nullopt;
}

std::string procedure_type::to_string() const {
  for (const auto& t : type_names)
    if (t.kind == kind) return std::string(t.text) + (nullable ? "?" : "");
  return "ANY?";
}

bool procedure_type::admits_kind(value_kind k) const {
  if (k == value_kind::null) return nullable;
  switch (kind) {
  case base::any: return true;
  case base::boolean: return k == value_kind::boolean;
  case base::integer: return k == value_kind::integer;
  case base::float_:
  case base::number: return k == value_kind::integer || k == value_kind::floating;
  case base::string: return k == value_kind::string;
  case base::date: return k == value_kind::date;
  case base::list: return k == value_kind::list;
  case base::map: return k == value_kind::map;
  case base::node: return k == value_kind::node;
  case base::relationship: return k == value_kind::relationship;
  case base::path: return k == value_kind::path;
  }
  return false;
}

bool procedure_type::admits(const value& v) const { return admits_kind(v.kind()); }

std::string procedure_signature::to_string() const {
  auto fields = [](const std::vector<procedure_field>& fs) {
    std::string out;
    for (const auto& f : fs) {
      out += (out.empty() ? "" : ", ") + f.name + " :: " + f.type.to_string();
      if (f.default_value) out += " = " + to_cypher(*f.default_value);
    }
    return out;
  };
  return name + "(" + fields(inputs) + ") :: (" + fields(outputs) + ")";
}

std::size_t procedure_signature::required_inputs() const {
  std::size_t n = inputs.size();
  while (n > 0 && inputs[n - 1].default_value) --n;
  return n;
}

} // namespace annals
