#include "annals/format.hpp"

#include "export/literals.hpp"
#include "export/record_fields.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace annals {

namespace {

using detail::csv_field;
using detail::csv_record;
using detail::cypher_name;
using detail::label_names;
using detail::sorted_properties;

std::string render_properties(const property_set& properties, const graph& g) {
  std::string out;
  for (const auto& [key, v] : sorted_properties(g, properties))
    out += (out.empty() ? " {" : ", ") + cypher_name(key) + ": " + render(*v, g);
  return out.empty() ? out : out + "}";
}

std::string render_node(node_id n, const graph& g) {
  if (!g.node_alive(n)) return "(deleted node)";
  std::string out = "(";
  for (auto label : label_names(g, n)) out += ":" + cypher_name(label);
  std::string props = render_properties(g.node(n).properties, g);
  if (out.size() == 1 && !props.empty()) props.erase(0, 1); // "({k: v})", not "( {k: v})"
  return out + props + ")";
}

std::string render_rel(rel_id r, const graph& g) {
  if (!g.rel_alive(r)) return "[deleted relationship]";
  return "[:" + cypher_name(g.name(g.rel(r).type)) + render_properties(g.rel(r).properties, g) + "]";
}

std::string render_path(const path_value& p, const graph& g) {
  std::string out = "<" + render_node(p.nodes.at(0), g);
  for (std::size_t i = 0; i < p.rels.size(); ++i) {
    // The path may walk a relationship against its direction.
    const bool forward = !g.rel_alive(p.rels[i]) || g.source(p.rels[i]) == p.nodes[i];
    out += (forward ? "-" : "<-") + render_rel(p.rels[i], g) + (forward ? "->" : "-");
    out += render_node(p.nodes.at(i + 1), g);
  }
  return out + ">";
}

// Display width of UTF-8 text: one column per code point.
std::size_t display_width(const std::string& s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// Strings print bare in tables (they are the common case); line breaks would break the alignment.
std::string table_cell(const value& v, const graph& g) {
  if (!v.is<std::string>()) return render(v, g);
  std::string out;
  for (char c : v.as<std::string>()) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else out += c;
  }
  return out;
}

std::string pad(const std::string& s, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, display_width(s)), ' ');
  return right ? fill + s : s + fill;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

using json = nlohmann::ordered_json;

json to_json(const value& v, const graph& g);

json properties_json(const property_set& properties, const graph& g) {
  json out = json::object();
  for (const auto& [key, v] : sorted_properties(g, properties)) out[std::string(key)] = to_json(*v, g);
  return out;
}

json node_json(node_id n, const graph& g) {
  json labels = json::array();
  if (g.node_alive(n))
    for (auto l : label_names(g, n)) labels.push_back(std::string(l));
  return {{"id", n},
          {"labels", labels},
          {"properties", g.node_alive(n) ? properties_json(g.node(n).properties, g) : json::object()}};
}

json rel_json(rel_id r, const graph& g) {
  if (!g.rel_alive(r)) return {{"id", r}, {"deleted", true}};
  return {{"id", r},
          {"type", g.name(g.rel(r).type)},
          {"start", g.source(r)},
          {"end", g.target(r)},
          {"properties", properties_json(g.rel(r).properties, g)}};
}

json to_json(const value& v, const graph& g) {
  struct visitor {
    const graph& g;
    json operator()(std::monostate) const { return nullptr; }
    json operator()(bool b) const { return b; }
    json operator()(std::int64_t i) const { return i; }
    json operator()(double d) const { return d; } // NaN and infinities become null: JSON has no such numbers
    json operator()(const std::string& s) const { return s; }
    json operator()(const partial_date& d) const { return d.to_string(); }
    json operator()(const value_list& l) const {
      json out = json::array();
      for (const auto& x : l) out.push_back(to_json(x, g));
      return out;
    }
    json operator()(const value_map& m) const {
      json out = json::object();
      for (const auto& [k, x] : m) out[k] = to_json(x, g);
      return out;
    }
    json operator()(node_ref n) const { return node_json(n.id, g); }
    json operator()(rel_ref r) const { return rel_json(r.id, g); }
    json operator()(const path_value& p) const {
      json nodes = json::array(), rels = json::array();
      for (auto n : p.nodes) nodes.push_back(node_json(n, g));
      for (auto r : p.rels) rels.push_back(rel_json(r, g));
      return {{"nodes", nodes}, {"relationships", rels}};
    }
  };
  return std::visit(visitor{g}, v.data);
}

} // namespace

std::string render(const value& v, const graph& g) {
  if (const auto* n = v.get_if<node_ref>()) return render_node(n->id, g);
  if (const auto* r = v.get_if<rel_ref>()) return render_rel(r->id, g);
  if (const auto* p = v.get_if<path_value>()) return render_path(*p, g);
  if (const auto* l = v.get_if<value_list>()) {
    std::string out;
    for (const auto& x : *l) out += (out.empty() ? "" : ", ") + render(x, g);
    return "[" + out + "]";
  }
  if (const auto* m = v.get_if<value_map>()) {
    std::string out;
    for (const auto& [k, x] : *m) out += (out.empty() ? "" : ", ") + cypher_name(k) + ": " + render(x, g);
    return "{" + out + "}";
  }
  return to_cypher(v);
}

// +------+-----+
// | name | age |
// +------+-----+
// | Ada  |  36 |
// +------+-----+
// (1 row)
std::string format_table(const result& r, const graph& g) {
  const auto& columns = r.columns();
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths;
  for (const auto& c : columns) widths.push_back(display_width(c));
  for (const auto& row : r) {
    auto& texts = cells.emplace_back();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      texts.push_back(i < row.size() ? table_cell(row[i], g) : "");
      widths[i] = std::max(widths[i], display_width(texts.back()));
    }
  }
  // Numbers align right, as in a spreadsheet.
  std::vector<bool> numeric(columns.size(), !r.empty());
  for (const auto& row : r)
    for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i)
      if (!row[i].is<std::int64_t>() && !row[i].is<double>() && !row[i].is_null()) numeric[i] = false;

  std::string rule = "+";
  for (auto w : widths) rule += std::string(w + 2, '-') + "+";
  rule += "\n";
  const auto line = [&](const std::vector<std::string>& texts, bool header) {
    std::string out = "|";
    for (std::size_t i = 0; i < texts.size(); ++i) out += " " + pad(texts[i], widths[i], !header && numeric[i]) + " |";
    return out + "\n";
  };

  std::string out;
  if (!columns.empty()) {
    out += rule + line(columns, true) + rule;
    for (const auto& texts : cells) out += line(texts, false);
    if (!cells.empty()) out += rule;
  }
  out += "(" + plural(r.size(), "row", "rows") + ")\n";
  if (r.changes().any()) out += describe_changes(r.changes()) + "\n";
  return out;
}

std::string format_csv(const result& r, const graph& g) {
  if (r.columns().empty()) return {};
  std::vector<std::string> fields;
  for (const auto& c : r.columns()) fields.push_back(csv_field(c));
  std::string out = csv_record(fields);
  for (const auto& row : r) {
    fields.clear();
    for (std::size_t i = 0; i < r.columns().size(); ++i) {
      if (i >= row.size() || row[i].is_null()) fields.emplace_back();
      else fields.push_back(csv_field(row[i].is<std::string>() ? row[i].as<std::string>() : render(row[i], g)));
    }
    out += csv_record(fields);
  }
  return out;
}

// One row per line, so the output diffs well and streams into line-oriented tools.
std::string format_json(const result& r, const graph& g) {
  std::string out = "[";
  for (std::size_t n = 0; n < r.size(); ++n) {
    json row = json::object();
    for (std::size_t i = 0; i < r.columns().size() && i < r[n].size(); ++i) row[r.columns()[i]] = to_json(r[n][i], g);
    out += (n ? ",\n  " : "\n  ") + row.dump(-1, ' ', false, json::error_handler_t::replace);
  }
  return out + (r.empty() ? "]\n" : "\n]\n");
}

std::string describe_changes(const change_counts& c) {
  std::string out;
  const auto add = [&](std::size_t n, std::string_view one, std::string_view many) {
    if (n) out += (out.empty() ? "" : ", ") + plural(n, one, many);
  };
  add(c.nodes_created, "node created", "nodes created");
  add(c.nodes_deleted, "node deleted", "nodes deleted");
  add(c.relationships_created, "relationship created", "relationships created");
  add(c.relationships_deleted, "relationship deleted", "relationships deleted");
  add(c.labels_added, "label added", "labels added");
  add(c.labels_removed, "label removed", "labels removed");
  add(c.properties_set, "property set", "properties set");
  return out;
}

} // namespace annals
