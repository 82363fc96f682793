#include "export/graph_style.hpp"

#include "export/record_fields.hpp"

#include <array>

namespace annals::detail {

namespace {

// ColorBrewer Set3 (fills, light) and Dark2 (lines), readable on white and in print.
constexpr std::array<std::string_view, 12> fills{"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                                 "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
constexpr std::array<std::string_view, 8> lines{"#1b9e77", "#d95f02", "#7570b3", "#e7298a",
                                                "#66a61e", "#e6ab02", "#a6761d", "#666666"};
constexpr std::array<std::string_view, 4> line_styles{"solid", "dashed", "dotted", "bold"};

} // namespace

graph_style::graph_style(const graph& g, const subgraph& s) : g_(g) {
  for (auto n : s.nodes) fills_.emplace(key_label(n), "");
  for (auto r : s.relationships) styles_.emplace(g.name(g.rel(r).type), edge_style{});
  std::size_t i = 0;
  for (auto& [label, fill] : fills_) fill = fills[i++ % fills.size()];
  i = 0;
  for (auto& [type, style] : styles_) {
    // Styles and colours cycle at different lengths, so 32 types look different.
    style = {line_styles[i % line_styles.size()], lines[(i + i / line_styles.size()) % lines.size()]};
    ++i;
  }
}

std::string_view graph_style::key_label(node_id n) const { return table_label(g_, n); }

std::string_view graph_style::fill(node_id n) const { return fills_.at(key_label(n)); }

edge_style graph_style::style(rel_id r) const { return styles_.at(g_.name(g_.rel(r).type)); }

} // namespace annals::detail
