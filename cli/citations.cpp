#include "citations.hpp"

#include <algorithm>

namespace annals::cli {

namespace {

std::string line_list(const value& lines) {
  std::string out;
  const auto add = [&](const value& v) {
    if (v.is<std::int64_t>()) out += (out.empty() ? "L" : ", L") + std::to_string(v.as<std::int64_t>());
  };
  if (const auto* list = lines.get_if<value_list>()) std::for_each(list->begin(), list->end(), add);
  else add(lines);
  return out;
}

void collect(const value& v, const graph& g, std::vector<std::string>& out) {
  const auto add = [&](const property_set& properties) {
    // A derived relationship carries the citations of the facts it comes from.
    if (const auto key = g.find_symbol("citations"))
      if (const auto* cited = properties.get(*key); cited && cited->is<value_list>() && !cited->as<value_list>().empty()) {
        for (const auto& one : cited->as<value_list>())
          if (one.is<std::string>() && std::find(out.begin(), out.end(), one.as<std::string>()) == out.end())
            out.push_back(one.as<std::string>());
        return;
      }
    auto c = citation_of(properties, g);
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
  };
  const auto add_node = [&](node_id n) {
    if (g.node_alive(n)) add(g.node(n).properties);
  };
  const auto add_rel = [&](rel_id r) {
    if (g.rel_alive(r)) add(g.rel(r).properties);
  };
  if (const auto* n = v.get_if<node_ref>()) add_node(n->id);
  else if (const auto* r = v.get_if<rel_ref>()) add_rel(r->id);
  else if (const auto* p = v.get_if<path_value>()) {
    for (std::size_t i = 0; i < p->nodes.size(); ++i) {
      add_node(p->nodes[i]);
      if (i < p->rels.size()) add_rel(p->rels[i]);
    }
  } else if (const auto* l = v.get_if<value_list>()) {
    for (const auto& x : *l) collect(x, g, out);
  } else if (const auto* m = v.get_if<value_map>()) {
    for (const auto& [k, x] : *m) collect(x, g, out);
  }
}

} // namespace

std::string citation_of(const property_set& properties, const graph& g) {
  const auto key = [&](std::string_view name) -> const value* {
    const auto s = g.find_symbol(name);
    return s ? properties.get(*s) : nullptr;
  };
  std::string out;
  if (const auto* source = key("source"); source && source->is<std::string>()) out = source->as<std::string>();
  if (const auto* lines = key("lines")) {
    const auto text = line_list(*lines);
    if (!text.empty()) out += (out.empty() ? "(" : " (") + text + ")";
  }
  return out;
}

result with_citations(const result& r, const graph& g) {
  auto columns = r.columns();
  columns.push_back("citations");
  std::vector<result::row> rows;
  for (const auto& row : r) {
    std::vector<std::string> cited;
    for (const auto& v : row) collect(v, g, cited);
    std::string joined;
    for (const auto& c : cited) joined += (joined.empty() ? "" : "; ") + c;
    auto& extended = rows.emplace_back(row);
    extended.emplace_back(std::move(joined));
  }
  return result(std::move(columns), std::move(rows), r.changes(), r.plan());
}

} // namespace annals::cli
