#include "annals/export.hpp"

#include "export/graph_style.hpp"
#include "export/record_fields.hpp"
#include "export/subgraph_view.hpp"
#include "export/xml_text.hpp"

#include <boost/graph/graphviz.hpp>

#include <ostream>

namespace annals {

namespace {

using namespace detail;

// A DOT string literal; "\n" is DOT's centred line break. Characters XML
// cannot hold are shown as symbols, so that Graphviz's SVG is XML.
std::string dot_string(std::string_view raw) {
  const std::string text = xml_visible(raw);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') out += "\\n";
    else if (c != '\r') out += c;
  }
  return out + "\"";
}

std::string tooltip(const graph& g, const property_set& properties) {
  std::string out;
  for (const auto& [key, v] : sorted_properties(g, properties))
    out += (out.empty() ? "" : "\n") + std::string(key) + ": " + (v->is<std::string>() ? v->as<std::string>() : to_cypher(*v));
  return out;
}

struct node_writer {
  const graph& g;
  const graph_style& style;
  void operator()(std::ostream& out, node_id n) const {
    std::string labels;
    for (auto l : label_names(g, n)) labels += ":" + std::string(l);
    out << "[label=" << dot_string(display_name(g, n) + (labels.empty() ? "" : "\n" + labels))
        << ", fillcolor=" << dot_string(style.fill(n)) << ", tooltip=" << dot_string(tooltip(g, g.node(n).properties)) << "]";
  }
};

struct rel_writer {
  const graph& g;
  const graph_style& style;
  void operator()(std::ostream& out, bgl_graph::edge_descriptor e) const {
    const rel_id r = g.bgl()[e].id;
    const auto s = style.style(r);
    out << "[label=" << dot_string(g.name(g.rel(r).type)) << ", style=" << s.line << ", color=" << dot_string(s.colour)
        << ", fontcolor=" << dot_string(s.colour) << ", tooltip=" << dot_string(tooltip(g, g.rel(r).properties)) << "]";
  }
};

// Defaults, then the legend: a cluster with one swatch per label and one sample edge per type.
struct legend_writer {
  const graph_style& style;
  void operator()(std::ostream& out) const {
    out << "graph [fontname=\"Helvetica\", overlap=false];\n"
        << "node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n"
        << "edge [fontname=\"Helvetica\", fontsize=8];\n"
        << "subgraph cluster_legend {\nlabel=\"Legend\";\nfontsize=10;\ncolor=\"#999999\";\n";
    std::size_t i = 0;
    for (const auto& [label, fill] : style.label_fills())
      out << "legend_label_" << i++ << " [label=" << dot_string(label.empty() ? "(no label)" : ":" + std::string(label))
          << ", fillcolor=" << dot_string(fill) << "];\n";
    i = 0;
    for (const auto& [type, s] : style.type_styles()) {
      out << "legend_type_" << i << "_from [label=\"\", shape=point, width=0.05];\n"
          << "legend_type_" << i << "_to [label=\"\", shape=point, width=0.05];\n"
          << "legend_type_" << i << "_from -> legend_type_" << i << "_to [label=" << dot_string(type)
          << ", style=" << s.line << ", color=" << dot_string(s.colour) << ", fontcolor=" << dot_string(s.colour) << "];\n";
      ++i;
    }
    out << "}\n";
  }
};

} // namespace

void write_dot(std::ostream& out, const graph& g, const subgraph& s) {
  const subgraph_view view(g, s);
  const graph_style style(g, s);
  boost::write_graphviz(out, view.get(), node_writer{g, style}, rel_writer{g, style}, legend_writer{style},
                        boost::get(boost::vertex_index, g.bgl()));
}

} // namespace annals
