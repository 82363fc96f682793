#include "schema_summary.hpp"

#include <map>
#include <vector>

namespace annals::cli {

namespace {

std::string count(std::int64_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what) + (n == 1 ? "" : "s");
}

// db.schema() lists columns as {name, type} maps; a label's or type's keys have type ANY.
std::string columns_text(const value& columns, const value& primary_key) {
  std::string out;
  for (const auto& c : columns.as<value_list>()) {
    const auto& m = c.as<value_map>();
    const auto& name = m.at("name").as<std::string>();
    out += "    " + name + " " + m.at("type").as<std::string>() +
           (primary_key.value_or("") == name && !name.empty() ? " PRIMARY KEY" : "") + "\n";
  }
  return out;
}

std::string keys_text(const value& keys) {
  std::string out;
  for (const auto& k : keys.as<value_list>()) out += (out.empty() ? "" : ", ") + k.as<value_map>().at("name").as<std::string>();
  return out.empty() ? "" : "    keys: " + out + "\n";
}

// "Person->Battle" as ":schema" writes it: "Person -> Battle".
std::string endpoints_text(const value& endpoints) {
  std::string out;
  for (const auto& e : endpoints.as<value_list>()) {
    auto text = e.as<std::string>();
    if (const auto arrow = text.find("->"); arrow != std::string::npos) text.replace(arrow, 2, " -> ");
    out += (out.empty() ? "" : ", ") + text;
  }
  return out;
}

} // namespace

std::optional<std::string> schema_summary(database& db, std::string_view table) {
  const auto rows = db.query("CALL db.schema() YIELD name, kind, columns, primary_key, endpoints, count "
                             "RETURN name, kind, columns, primary_key, endpoints, count");
  // The sections in their order, each with its entries in db.schema()'s order (by name).
  const std::vector<std::pair<std::string, std::vector<std::string>>> sections = {
      {"Node tables", {"NODE TABLE"}},
      {"Relationship tables", {"REL TABLE", "DERIVED REL TABLE"}},
      {"Undeclared labels", {"LABEL"}},
      {"Undeclared relationship types", {"TYPE"}}};
  std::map<std::string, std::string> entries; // section -> its text
  bool found = false;
  for (const auto& row : rows) {
    const auto& name = row[0].as<std::string>();
    if (!table.empty() && name != table) continue;
    found = true;
    const auto& kind = row[1].as<std::string>();
    const auto n = row[5].as<std::int64_t>();
    std::string text;
    if (kind == "NODE TABLE") text = "  " + name + " (" + count(n, "node") + ")\n" + columns_text(row[2], row[3]);
    else if (kind == "REL TABLE" || kind == "DERIVED REL TABLE")
      text = "  " + name + ": " + endpoints_text(row[4]) + (kind == "DERIVED REL TABLE" ? ", derived" : "") + " (" +
             count(n, "relationship") + ")\n" + columns_text(row[2], row[3]);
    else if (kind == "LABEL") text = "  " + name + " (" + count(n, "node") + ")\n" + keys_text(row[2]);
    else text = "  " + name + ": " + endpoints_text(row[4]) + " (" + count(n, "relationship") + ")\n" + keys_text(row[2]);
    for (const auto& [section, kinds] : sections)
      for (const auto& k : kinds)
        if (k == kind) entries[section] += text;
  }
  if (!table.empty() && !found) return std::nullopt;
  std::string out;
  for (const auto& [section, kinds] : sections) {
    const auto it = entries.find(section);
    // The two declared sections always show (empty: "(none)"); the undeclared ones only when used.
    const bool declared = section == "Node tables" || section == "Relationship tables";
    if (it != entries.end()) out += section + "\n" + it->second;
    else if (declared && table.empty()) out += section + "\n  (none)\n";
  }
  return out;
}

} // namespace annals::cli
