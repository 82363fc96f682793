// How pictures tell records apart: a fill colour per node label, a line
// style and colour per relationship type, assigned in name order so the same
// graph always looks the same.
#pragma once

#include "annals/export.hpp"

#include <map>
#include <string>
#include <string_view>

namespace annals::detail {

struct edge_style {
  std::string_view line; // solid, dashed, dotted, bold
  std::string_view colour;
};

class graph_style {
public:
  graph_style(const graph& g, const subgraph& s);

  // The label a node is coloured by: its declared one, else its first by name ("" when it has none).
  std::string_view key_label(node_id n) const;
  std::string_view fill(node_id n) const;
  edge_style style(rel_id r) const;

  const std::map<std::string_view, std::string_view>& label_fills() const { return fills_; }
  const std::map<std::string_view, edge_style>& type_styles() const { return styles_; }

private:
  const graph& g_;
  std::map<std::string_view, std::string_view> fills_;
  std::map<std::string_view, edge_style> styles_;
};

} // namespace annals::detail
