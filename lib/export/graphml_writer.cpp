#include "annals/export.hpp"

#include "export/record_fields.hpp"
#include "export/subgraph_view.hpp"
#include "export/xml_text.hpp"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>

namespace annals {

namespace {

using detail::subgraph_view;
using vertex = bgl_graph::vertex_descriptor;
using edge = bgl_graph::edge_descriptor;

// GraphML types each key once, so a property is typed only when every record
// of its kind has it, always with the same scalar type.
std::map<symbol, std::optional<value_kind>> key_kinds(const std::vector<const property_set*>& records) {
  std::map<symbol, std::optional<value_kind>> kinds;
  std::map<symbol, std::size_t> counts;
  for (const auto* properties : records)
    for (const auto& [key, v] : *properties) {
      auto [it, fresh] = kinds.emplace(key, v.kind());
      if (!fresh && it->second != v.kind()) it->second.reset();
      ++counts[key];
    }
  for (auto& [key, kind] : kinds) {
    const bool scalar = kind == value_kind::boolean || kind == value_kind::integer || kind == value_kind::floating;
    if (counts[key] != records.size() || !scalar) kind.reset();
  }
  return kinds;
}

std::string text_of(const value* v) {
  if (!v) return {};
  return v->is<std::string>() ? v->as<std::string>() : to_cypher(*v);
}

// boost::write_graphml writes key names into attr.name="…" as they are.
std::string xml_attribute(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (c == '\'') out += "&apos;";
    else out += c;
  }
  return out;
}

// The name of a key of annals' own (`labels`, `type`): `labels_2`, … when a
// property of the records already has that name.
std::string own_key(const graph& g, const std::vector<const property_set*>& records, const std::string& name) {
  std::set<std::string_view> used;
  for (const auto* properties : records)
    for (const auto& [key, v] : *properties) used.insert(g.name(key));
  std::string chosen = name;
  for (std::size_t i = 2; used.count(chosen); ++i) chosen = name + "_" + std::to_string(i);
  return chosen;
}

// One dynamic property per key, reading the record through `properties_of(descriptor)`.
template <class Key, class PropertiesOf>
void add_keys(boost::dynamic_properties& dp, const graph& g, const std::vector<const property_set*>& records,
              PropertiesOf properties_of) {
  for (const auto& [key, kind] : key_kinds(records)) {
    const auto name = xml_attribute(g.name(key));
    const auto get = [properties_of, key = key](Key k) { return properties_of(k).get(key); };
    if (kind == value_kind::boolean)
      dp.property(name, boost::make_function_property_map<Key>([get](Key k) { return get(k)->template as<bool>(); }));
    else if (kind == value_kind::integer)
      dp.property(name, boost::make_function_property_map<Key>(
                            [get](Key k) { return static_cast<long>(get(k)->template as<std::int64_t>()); }));
    else if (kind == value_kind::floating)
      dp.property(name, boost::make_function_property_map<Key>([get](Key k) { return get(k)->template as<double>(); }));
    else
      dp.property(name, boost::make_function_property_map<Key>([get](Key k) { return text_of(get(k)); }));
  }
}

// GraphML is XML: text it cannot hold is refused before anything is written,
// rather than changed (GraphML carries data) or written unreadable.
void check_xml(const std::string& text, const std::string& where) {
  if (const auto problem = detail::xml_problem_in(text))
    throw std::runtime_error("GraphML cannot hold " + problem->what + " in " + where +
                             " (XML 1.0 has no way to write it); export to cypher or csv instead");
}

void check_record(const graph& g, const property_set& properties, const std::string& what) {
  for (const auto& [key, v] : properties) {
    check_xml(g.name(key), "the property name " + std::string(g.name(key)) + " of " + what);
    check_xml(text_of(&v), what + "'s property " + std::string(g.name(key)));
  }
}

void check_graphml_text(const graph& g, const subgraph& s) {
  for (auto n : s.nodes) {
    for (auto l : detail::label_names(g, n)) check_xml(std::string(l), "a label of node " + std::to_string(n));
    check_record(g, g.node(n).properties, "node " + std::to_string(n));
  }
  for (auto r : s.relationships) {
    check_xml(g.name(g.rel(r).type), "the type of relationship " + std::to_string(r));
    check_record(g, g.rel(r).properties, "relationship " + std::to_string(r));
  }
}

} // namespace

void write_graphml(std::ostream& out, const graph& g, const subgraph& s) {
  check_graphml_text(g, s);
  const subgraph_view view(g, s);
  const auto& bgl = g.bgl();
  std::vector<const property_set*> nodes, rels;
  for (auto n : s.nodes) nodes.push_back(&g.node(n).properties);
  for (auto r : s.relationships) rels.push_back(&g.rel(r).properties);

  boost::dynamic_properties dp;
  dp.property(own_key(g, nodes, "labels"), boost::make_function_property_map<vertex>([&g](vertex n) {
                std::string labels;
                for (auto l : detail::label_names(g, static_cast<node_id>(n))) labels += ":" + std::string(l);
                return labels;
              }));
  dp.property(own_key(g, rels, "type"), boost::make_function_property_map<edge>([&g](edge e) { return g.name(g.bgl()[e].type); }));
  add_keys<vertex>(dp, g, nodes, [&bgl](vertex v) -> const property_set& { return bgl[v].properties; });
  add_keys<edge>(dp, g, rels, [&bgl](edge e) -> const property_set& { return bgl[e].properties; });
  boost::write_graphml(out, view.get(), boost::get(boost::vertex_index, bgl), dp, true);
}

} // namespace annals
