#include "schema_summary.hpp"

#include "graph_census.hpp"

namespace annals::cli {

namespace {

std::string count(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what) + (n == 1 ? "" : "s");
}

std::string columns_text(const std::vector<column>& columns, std::string_view primary_key = {}) {
  std::string out;
  for (const auto& c : columns)
    out += "    " + c.name + " " + c.type.to_string() + (c.name == primary_key ? " PRIMARY KEY" : "") + "\n";
  return out;
}

std::string keys_text(const std::set<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out.empty() ? "" : "    keys: " + out + "\n";
}

} // namespace

std::string schema_summary(const graph& g) {
  auto census = take_census(g);
  const auto& schema = g.schema();
  std::string out;

  out += "Node tables\n";
  if (schema.node_tables().empty()) out += "  (none)\n";
  for (const auto& [name, t] : schema.node_tables())
    out += "  " + name + " (" + count(census.labels.at(name).count, "node") + ")\n" +
           columns_text(t.columns, t.primary_key);

  out += "Relationship tables\n";
  if (schema.rel_tables().empty()) out += "  (none)\n";
  for (const auto& [name, t] : schema.rel_tables()) {
    std::string ends;
    for (const auto& [from, to] : t.endpoints) ends += (ends.empty() ? "" : ", ") + from + " -> " + to;
    out += "  " + name + ": " + ends + (t.is_derived() ? ", derived" : "") + " (" +
           count(census.types.at(name).count, "relationship") + ")\n" + columns_text(t.columns);
  }

  std::string labels, types;
  for (const auto& [name, k] : census.labels)
    if (!schema.find_node_table(name)) labels += "  " + name + " (" + count(k.count, "node") + ")\n" + keys_text(k.keys);
  for (const auto& [name, k] : census.types) {
    if (schema.find_rel_table(name)) continue;
    std::string ends;
    for (const auto& [from, to] : census.endpoints[name])
      ends += (ends.empty() ? "" : ", ") + (from.empty() ? "()" : from) + " -> " + (to.empty() ? "()" : to);
    types += "  " + name + ": " + ends + " (" + count(k.count, "relationship") + ")\n" + keys_text(k.keys);
  }
  if (!labels.empty()) out += "Undeclared labels\n" + labels;
  if (!types.empty()) out += "Undeclared relationship types\n" + types;
  return out;
}

} // namespace annals::cli
