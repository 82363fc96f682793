// db.schema(): one row per table — declared node and relationship tables,
// derived relationship types with their defining query, and the labels and
// types in use that no table declares — with columns, keys, endpoints and
// how many nodes or relationships it holds now.
#include "procedures/builtin_procedures.hpp"

#include "annals/graph.hpp"

#include <map>
#include <set>

namespace annals::procedures {
namespace {

struct open_table {
  std::size_t count = 0;
  std::set<std::string> keys;
  std::set<std::string> endpoints;
};

value columns_of(const std::vector<column>& cols) {
  value_list out;
  for (const auto& c : cols) out.push_back(value_map{{"name", value(c.name)}, {"type", value(c.type.to_string())}});
  return out;
}

value keys_of(const std::set<std::string>& keys) {
  value_list out;
  for (const auto& k : keys) out.push_back(value_map{{"name", value(k)}, {"type", value("ANY")}});
  return out;
}

class db_schema final : public annals::procedure {
public:
  db_schema()
      : procedure({"db.schema",
                   {},
                   {{"name", {procedure_type::base::string, false}, {}},
                    {"kind", {procedure_type::base::string, false}, {}},
                    {"columns", {procedure_type::base::list, false}, {}},
                    {"primary_key", {procedure_type::base::string, true}, {}},
                    {"endpoints", {procedure_type::base::list, false}, {}},
                    {"count", {procedure_type::base::integer, false}, {}},
                    {"definition", {procedure_type::base::string, true}, {}}},
                   "the tables: kind (NODE TABLE, REL TABLE, DERIVED REL TABLE, LABEL, TYPE), columns with "
                   "types, primary key, endpoints, count, and a derived type's defining query"}) {}

  bool reads_relationships() const override { return true; } // counts derived relationships

  void call(const procedure_context& ctx, std::span<const value>, procedure_rows& out) const override {
    const graph& g = ctx.g;
    std::map<std::string, open_table> labels, types;
    for (node_id n = 0; n < g.node_capacity(); ++n) {
      if (!g.node_alive(n)) continue;
      const auto& rec = g.node(n);
      for (symbol l : rec.labels) {
        auto& t = labels[g.name(l)];
        ++t.count;
        for (const auto& [k, v] : rec.properties) t.keys.insert(g.name(k));
      }
      if ((n & 4095) == 0) ctx.check_interrupt();
    }
    auto first_label = [&](node_id n) {
      const auto& ls = g.node(n).labels;
      return ls.empty() ? std::string("()") : g.name(ls.front());
    };
    for (rel_id r = 0; r < g.rel_capacity(); ++r) {
      if (!g.rel_alive(r)) continue;
      const auto& rec = g.rel(r);
      auto& t = types[g.name(rec.type)];
      ++t.count;
      for (const auto& [k, v] : rec.properties) t.keys.insert(g.name(k));
      if (!g.schema().find_rel_table(g.name(rec.type)))
        t.endpoints.insert(first_label(g.source(r)) + "->" + first_label(g.target(r)));
      if ((r & 4095) == 0) ctx.check_interrupt();
    }
    auto count_of = [](const std::map<std::string, open_table>& m, const std::string& name) {
      auto it = m.find(name);
      return static_cast<std::int64_t>(it == m.end() ? 0 : it->second.count);
    };
    for (const auto& [name, t] : g.schema().node_tables())
      out.push_back({value(name), value("NODE TABLE"), columns_of(t.columns),
                     t.primary_key.empty() ? value() : value(t.primary_key), value(value_list{}),
                     value(count_of(labels, name)), value()});
    for (const auto& [name, t] : g.schema().rel_tables()) {
      value_list ends;
      for (const auto& [from, to] : t.endpoints) ends.push_back(value(from + "->" + to));
      out.push_back({value(name), value(t.is_derived() ? "DERIVED REL TABLE" : "REL TABLE"), columns_of(t.columns),
                     value(), value(std::move(ends)), value(count_of(types, name)),
                     t.is_derived() ? value(t.derived_query) : value()});
    }
    for (const auto& [name, t] : labels)
      if (!g.schema().find_node_table(name))
        out.push_back({value(name), value("LABEL"), keys_of(t.keys), value(), value(value_list{}),
                       value(static_cast<std::int64_t>(t.count)), value()});
    for (const auto& [name, t] : types)
      if (!g.schema().find_rel_table(name)) {
        value_list ends;
        for (const auto& e : t.endpoints) ends.push_back(value(e));
        out.push_back({value(name), value("TYPE"), keys_of(t.keys), value(), value(std::move(ends)),
                       value(static_cast<std::int64_t>(t.count)), value()});
      }
  }
};

} // namespace

procedure_ptr make_db_schema() { return std::make_shared<db_schema>(); }

} // namespace annals::procedures
