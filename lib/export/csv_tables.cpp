#include "export/csv_tables.hpp"

#include "export/record_fields.hpp"

#include <map>
#include <optional>
#include <tuple>

namespace annals::detail {

namespace {

std::optional<data_type::base> scalar_type(const value& v) {
  switch (v.kind()) {
  case value_kind::boolean: return data_type::base::boolean;
  case value_kind::integer: return data_type::base::int64;
  case value_kind::floating: return data_type::base::double_;
  case value_kind::string: return data_type::base::string;
  case value_kind::date: return data_type::base::date;
  default: return std::nullopt;
  }
}

// The declared type a value would have; `any` for maps and mixed lists.
data_type type_of(const value& v) {
  if (const auto* l = v.get_if<value_list>()) {
    std::optional<data_type::base> element;
    for (const auto& e : *l) {
      const auto t = scalar_type(e);
      if (!t || (element && *element != *t)) return {data_type::base::any, false};
      element = t;
    }
    return {element.value_or(data_type::base::string), true};
  }
  return {scalar_type(v).value_or(data_type::base::any), false};
}

// Undeclared tables: every key of their records, by name, typed when all values agree.
std::vector<csv_column> infer_columns(const graph& g, const std::vector<const property_set*>& records) {
  std::map<std::string, std::optional<data_type>> types;
  for (const auto* properties : records)
    for (const auto& [key, v] : *properties) {
      auto [it, fresh] = types.emplace(g.name(key), type_of(v));
      if (!fresh && it->second && *it->second != type_of(v)) it->second.reset();
    }
  std::vector<csv_column> columns;
  for (const auto& [name, type] : types) columns.push_back({name, type.value_or(data_type{})});
  return columns;
}

std::vector<csv_column> declared_columns(const std::vector<column>& columns) {
  std::vector<csv_column> out;
  for (const auto& c : columns) out.push_back({c.name, c.type});
  return out;
}

} // namespace

std::string csv_table_of(const graph& g, node_id n) {
  const auto label = table_label(g, n);
  return label.empty() ? "Unlabelled" : std::string(label);
}

csv_tables plan_csv_tables(const graph& g, const subgraph& s) {
  csv_tables tables;
  std::map<std::string, csv_node_table> nodes;
  for (auto n : s.nodes) {
    auto& t = nodes[csv_table_of(g, n)];
    t.nodes.push_back(n);
  }
  for (auto& [label, t] : nodes) {
    t.label = label;
    t.declared = g.schema().find_node_table(label);
    std::vector<const property_set*> records;
    for (auto n : t.nodes) records.push_back(&g.node(n).properties);
    t.columns = t.declared ? declared_columns(t.declared->columns) : infer_columns(g, records);
    tables.nodes.push_back(std::move(t));
  }

  // Relationship files are cut by type and endpoint tables, but typed by type: Kùzu declares one table per type.
  std::map<std::tuple<std::string, std::string, std::string>, csv_rel_table> rels;
  std::map<std::string, std::vector<const property_set*>> records_of_type;
  std::map<std::string, std::size_t> pairs_of_type;
  for (auto r : s.relationships) {
    const std::string type = g.name(g.rel(r).type);
    auto [it, fresh] = rels.try_emplace({type, csv_table_of(g, g.source(r)), csv_table_of(g, g.target(r))});
    it->second.relationships.push_back(r);
    records_of_type[type].push_back(&g.rel(r).properties);
    if (fresh) ++pairs_of_type[type];
  }
  std::map<std::string, std::vector<csv_column>> columns_of_type;
  for (const auto& [type, records] : records_of_type) {
    const auto* declared = g.schema().find_rel_table(type);
    columns_of_type[type] =
        declared && !declared->is_derived() ? declared_columns(declared->columns) : infer_columns(g, records);
  }
  for (auto& [key, t] : rels) {
    std::tie(t.type, t.from, t.to) = key;
    t.split = pairs_of_type[t.type] > 1;
    t.columns = columns_of_type[t.type];
    tables.relationships.push_back(std::move(t));
  }
  return tables;
}

} // namespace annals::detail
