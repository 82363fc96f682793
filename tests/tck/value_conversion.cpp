#include "value_conversion.hpp"

namespace annals::tck {

namespace {

tck_map properties_of(const property_set& props, const annals::graph& g) {
  tck_map m;
  for (const auto& [key, v] : props) m[g.name(key)] = to_tck(v, g);
  return m;
}

tck_node node_of(node_id n, const annals::graph& g) {
  if (n >= g.node_capacity()) return {{"<no node " + std::to_string(n) + ">"}, {}};
  tck_node out;
  const auto& record = g.node(n);
  for (auto label : record.labels) out.labels.insert(g.name(label));
  out.properties = properties_of(record.properties, g);
  return out;
}

tck_relationship relationship_of(rel_id r, const annals::graph& g) {
  if (!g.rel_alive(r)) return {"<no relationship " + std::to_string(r) + ">", {}};
  const auto& record = g.rel(r);
  return {g.name(record.type), properties_of(record.properties, g)};
}

} // namespace

tck_value to_tck(const annals::value& v, const annals::graph& g) {
  struct visitor {
    const annals::graph& g;
    tck_value operator()(std::monostate) const { return {}; }
    tck_value operator()(bool b) const { return {b}; }
    tck_value operator()(std::int64_t i) const { return {i}; }
    tck_value operator()(double d) const { return {d}; }
    tck_value operator()(const std::string& s) const { return {s}; }
    // The TCK writes temporal values as their ISO text in quotes: '1910-05-06'.
    tck_value operator()(const partial_date& d) const { return {d.to_string()}; }
    tck_value operator()(const value_list& l) const {
      tck_list out;
      for (const auto& item : l) out.push_back(to_tck(item, g));
      return {std::move(out)};
    }
    tck_value operator()(const value_map& m) const {
      tck_map out;
      for (const auto& [k, item] : m) out[k] = to_tck(item, g);
      return {std::move(out)};
    }
    tck_value operator()(node_ref n) const { return {node_of(n.id, g)}; }
    tck_value operator()(rel_ref r) const { return {relationship_of(r.id, g)}; }
    tck_value operator()(const path_value& p) const {
      tck_path out;
      for (auto n : p.nodes) out.nodes.push_back(node_of(n, g));
      for (std::size_t i = 0; i < p.rels.size(); ++i) {
        out.relationships.push_back(relationship_of(p.rels[i], g));
        const bool known = g.rel_alive(p.rels[i]) && i < p.nodes.size();
        out.forward.push_back(!known || g.source(p.rels[i]) == p.nodes[i]);
      }
      return {std::move(out)};
    }
  };
  return std::visit(visitor{g}, v.data);
}

annals::value to_annals(const tck_value& v) {
  struct visitor {
    annals::value operator()(std::monostate) const { return {}; }
    annals::value operator()(bool b) const { return {b}; }
    annals::value operator()(std::int64_t i) const { return {i}; }
    annals::value operator()(double d) const { return {d}; }
    annals::value operator()(const std::string& s) const { return {s}; }
    annals::value operator()(const tck_list& l) const {
      value_list out;
      for (const auto& item : l) out.push_back(to_annals(item));
      return {std::move(out)};
    }
    annals::value operator()(const tck_map& m) const {
      value_map out;
      for (const auto& [k, item] : m) out[k] = to_annals(item);
      return {std::move(out)};
    }
    annals::value operator()(const tck_node&) const { throw value_syntax_error("a parameter cannot be a node"); }
    annals::value operator()(const tck_relationship&) const {
      throw value_syntax_error("a parameter cannot be a relationship");
    }
    annals::value operator()(const tck_path&) const { throw value_syntax_error("a parameter cannot be a path"); }
    annals::value operator()(const tck_other& o) const { return {o.text}; }
  };
  return std::visit(visitor{}, v.data);
}

} // namespace annals::tck
