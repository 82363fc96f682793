#include "export/ddl.hpp"

#include "export/literals.hpp"

namespace annals::detail {

namespace {

std::string column_list(const std::vector<column>& columns) {
  std::string out;
  for (const auto& c : columns) out += ", " + cypher_name(c.name) + " " + c.type.to_string();
  return out;
}

} // namespace

std::string node_table_ddl(const node_table& t) {
  std::string columns = column_list(t.columns);
  if (!columns.empty()) columns.erase(0, 2);
  return "CREATE NODE TABLE " + cypher_name(t.name) + "(" + columns + (columns.empty() ? "" : ", ") + "PRIMARY KEY(" +
         cypher_name(t.primary_key) + "))";
}

std::string rel_table_ddl(const rel_table& t) {
  std::string endpoints;
  for (const auto& [from, to] : t.endpoints)
    endpoints += (endpoints.empty() ? "" : ", ") + std::string("FROM ") + cypher_name(from) + " TO " + cypher_name(to);
  if (t.is_derived()) {
    // Its typed columns (ANY is no type to declare; `citations` is the provenance every derived table has).
    std::vector<column> typed;
    for (const auto& c : t.columns)
      if (c.name != "citations" && c.type.element != data_type::base::any) typed.push_back(c);
    std::string items = endpoints + column_list(typed) + (t.symmetric ? ", SYMMETRIC" : "");
    if (endpoints.empty() && !items.empty()) items.erase(0, 2);
    return "CREATE DERIVED REL TABLE " + cypher_name(t.name) + "(" + items + ") AS " + t.derived_query;
  }
  return "CREATE REL TABLE " + cypher_name(t.name) + "(" + endpoints + column_list(t.columns) + ")";
}

} // namespace annals::detail
