#include "annals/procedure.hpp"

#include "procedures/builtin_procedures.hpp"

namespace annals {

procedure_registry::procedure_registry() {
  for (auto& p : procedures::make_builtin_procedures()) add(std::move(p));
}

void procedure_registry::add(std::shared_ptr<const procedure> p) {
  std::string name = p->signature().name;
  by_name_[std::move(name)] = std::move(p);
}

std::shared_ptr<const procedure> procedure_registry::find(std::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : it->second;
}

std::vector<std::shared_ptr<const procedure>> procedure_registry::all() const {
  std::vector<std::shared_ptr<const procedure>> out;
  for (const auto& [name, p] : by_name_) out.push_back(p);
  return out;
}

namespace procedures {

const procedure_registry& builtin_procedures() {
  static const procedure_registry registry; // built once, never changed
  return registry;
}

std::vector<procedure_ptr> make_builtin_procedures() {
  return {make_db_labels(),       make_db_relationship_types(), make_db_property_keys(), make_db_schema(),
          make_dbms_procedures(), make_dbms_functions(),        make_algo_degree(),      make_algo_betweenness(),
          make_algo_closeness(),  make_algo_pagerank(),         make_algo_wcc(),         make_algo_scc(),
          make_algo_kcore(),      make_algo_triangles(),        make_algo_communities(), make_algo_dijkstra(),
          make_algo_mst(),        make_algo_two_camps()};
}

} // namespace procedures
} // namespace annals
