#include "export/record_fields.hpp"

#include <algorithm>

namespace annals::detail {

std::vector<std::string_view> label_names(const graph& g, node_id n) {
  std::vector<std::string_view> names;
  for (symbol l : g.node(n).labels) names.push_back(g.name(l));
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<property_entry> sorted_properties(const graph& g, const property_set& properties) {
  std::vector<property_entry> entries;
  for (const auto& [key, v] : properties) entries.emplace_back(g.name(key), &v);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return entries;
}

const node_table* declared_table(const graph& g, node_id n) {
  for (auto label : label_names(g, n))
    if (const auto* t = g.schema().find_node_table(label)) return t;
  return nullptr;
}

std::string_view table_label(const graph& g, node_id n) {
  if (const auto* t = declared_table(g, n)) return t->name;
  const auto names = label_names(g, n);
  return names.empty() ? std::string_view{} : names.front();
}

std::string display_name(const graph& g, node_id n) {
  std::vector<std::string_view> keys{"name", "title"};
  if (const auto* t = declared_table(g, n)) keys.insert(keys.begin(), t->primary_key);
  for (auto key : keys) {
    const auto s = g.find_symbol(key);
    const value* v = s ? g.property(n, *s) : nullptr;
    if (v && v->is<std::string>()) return v->as<std::string>();
    if (v && !v->is_null()) return to_cypher(*v);
  }
  return "#" + std::to_string(n);
}

} // namespace annals::detail
