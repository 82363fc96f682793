#include "procedures/algo/projection.hpp"

#include "annals/error.hpp"
#include "exec/cursor.hpp" // valid_at: the AS OF rule of MATCH

#include <algorithm>
#include <limits>
#include <tuple>

namespace annals::procedures::algo {
namespace {

const std::set<std::string>& projection_keys() {
  static const std::set<std::string> keys{"labels",         "types", "direction", "weight",
                                          "default_weight", "as_of", "aggregate"};
  return keys;
}

constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();

std::vector<std::string> names(const call_options& o, const std::string& key) {
  std::vector<std::string> out;
  const value* v = o.find(key);
  if (!v) return out;
  if (v->is<std::string>()) return {v->as<std::string>()};
  if (!v->is<value_list>()) o.fail("InvalidProjection", "`" + key + "` must be a string or a list of strings");
  for (const auto& x : v->as<value_list>()) {
    if (!x.is<std::string>()) o.fail("InvalidProjection", "`" + key + "` must be a string or a list of strings");
    out.push_back(x.as<std::string>());
  }
  return out;
}

} // namespace

call_options::call_options(const value& map, const std::string& procedure, const std::set<std::string>& allowed)
    : procedure_(procedure) {
  if (map.is_null()) return;
  if (!map.is<value_map>()) fail("InvalidProjection", "takes one map argument, like {types: ['FOUGHT_AGAINST']}");
  map_ = map.as<value_map>();
  for (const auto& [k, v] : map_)
    if (!projection_keys().count(k) && !allowed.count(k)) {
      std::string known;
      for (const auto& set : {projection_keys(), allowed})
        for (const auto& a : set) known += (known.empty() ? "" : ", ") + a;
      fail("InvalidProjection", "unknown option `" + k + "` (known: " + known + ")");
    }
}

void call_options::fail(const std::string& detail, const std::string& message) const {
  throw runtime_error("ProcedureError", detail, procedure_ + ": " + message);
}

const value* call_options::find(const std::string& key) const {
  auto it = map_.find(key);
  return it == map_.end() || it->second.is_null() ? nullptr : &it->second;
}

double call_options::number(const std::string& key, double fallback) const {
  const value* v = find(key);
  if (!v) return fallback;
  if (v->is<std::int64_t>()) return static_cast<double>(v->as<std::int64_t>());
  if (v->is<double>()) return v->as<double>();
  fail("InvalidOption", "`" + key + "` must be a number");
}

std::int64_t call_options::integer(const std::string& key, std::int64_t fallback) const {
  const value* v = find(key);
  if (!v) return fallback;
  if (!v->is<std::int64_t>()) fail("InvalidOption", "`" + key + "` must be an integer");
  return v->as<std::int64_t>();
}

std::string call_options::text(const std::string& key, const std::string& fallback) const {
  const value* v = find(key);
  if (!v) return fallback;
  if (!v->is<std::string>()) fail("InvalidOption", "`" + key + "` must be a string");
  return v->as<std::string>();
}

std::optional<node_id> call_options::node(const std::string& key) const {
  const value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is<node_ref>()) fail("InvalidOption", "`" + key + "` must be a node");
  return v->as<node_ref>().id;
}

std::string describe_node(const graph& g, node_id n) {
  if (auto key = g.find_symbol("name"))
    if (const value* v = g.property(n, *key); v && v->is<std::string>()) return v->as<std::string>();
  return "node " + std::to_string(n);
}

projection project(const procedure_context& ctx, const call_options& o, bool force_undirected) {
  const graph& g = ctx.g;
  projection p;

  const std::string direction = o.text("direction", "out");
  if (direction != "out" && direction != "in" && direction != "undirected")
    o.fail("InvalidProjection", "`direction` must be 'out', 'in' or 'undirected', was '" + direction + "'");
  p.directed = direction != "undirected" && !force_undirected;
  const bool reverse = direction == "in";

  const std::string aggregate = o.text("aggregate", "min");
  if (aggregate != "min" && aggregate != "max" && aggregate != "sum" && aggregate != "count")
    o.fail("InvalidProjection", "`aggregate` must be 'min', 'max', 'sum' or 'count', was '" + aggregate + "'");

  value when;
  if (const value* d = o.find("as_of")) {
    if (d->is<partial_date>()) when = *d;
    else if (d->is<std::string>()) {
      auto parsed = partial_date::parse(d->as<std::string>());
      if (!parsed) o.fail("InvalidProjection", "`as_of` is not a date: '" + d->as<std::string>() + "'");
      when = *parsed;
    } else o.fail("InvalidProjection", "`as_of` must be a date");
  }

  // Nodes: every live node, or those with one of the labels.
  const auto labels = names(o, "labels");
  if (labels.empty()) {
    for (node_id n = 0; n < g.node_capacity(); ++n)
      if (g.node_alive(n)) p.nodes.push_back(n);
  } else {
    for (const auto& l : labels) {
      const auto s = g.find_symbol(l);
      if (!s && !g.schema().find_node_table(l)) o.fail("UnknownLabel", "unknown node label :" + l);
      if (s)
        for (node_id n : g.nodes_with_label(*s)) p.nodes.push_back(n);
    }
    std::sort(p.nodes.begin(), p.nodes.end());
    p.nodes.erase(std::unique(p.nodes.begin(), p.nodes.end()), p.nodes.end());
  }
  ctx.check_held(p.nodes.size(), "the projection");
  std::vector<std::uint32_t> vertex(g.node_capacity(), absent);
  for (std::uint32_t v = 0; v < p.nodes.size(); ++v) vertex[p.nodes[v]] = v;

  // Relationships of the types, both ends projected, holding on `as_of`.
  std::vector<symbol> types;
  bool any_type = true;
  for (const auto& t : names(o, "types")) {
    any_type = false;
    const auto s = g.find_symbol(t);
    if (!s && !g.schema().find_rel_table(t)) o.fail("UnknownRelationshipType", "unknown relationship type :" + t);
    if (s) types.push_back(*s);
  }
  std::optional<symbol> weight_key;
  std::string weight_name = o.text("weight", "");
  p.weighted = !weight_name.empty() || aggregate == "count";
  if (!weight_name.empty()) weight_key = g.find_symbol(weight_name);
  const value* default_weight = o.find("default_weight");
  if (default_weight && !default_weight->is<std::int64_t>() && !default_weight->is<double>())
    o.fail("InvalidOption", "`default_weight` must be a number");

  auto weight_of = [&](rel_id r) -> double {
    if (weight_name.empty()) return 1.0;
    const value* w = weight_key ? g.rel_property(r, *weight_key) : nullptr;
    if (!w || w->is_null()) {
      if (!default_weight)
        o.fail("MissingWeight", "relationship " + std::to_string(r) + " (" + g.name(g.rel(r).type) + " from " +
                                    describe_node(g, g.source(r)) + " to " + describe_node(g, g.target(r)) +
                                    ") has no `" + weight_name + "`; give `default_weight`");
      w = default_weight;
    }
    if (w->is<std::int64_t>()) return static_cast<double>(w->as<std::int64_t>());
    if (w->is<double>()) return w->as<double>();
    o.fail("InvalidWeight", "relationship " + std::to_string(r) + " has a non-numeric `" + weight_name + "`");
  };

  // On `as_of`: a fact with since/until holds as MATCH … AS OF decides
  // (valid_at); an event with a `date` (an engagement) holds on the days of
  // that date, so date('1864') keeps the year's events; others always hold.
  const auto since_key = g.find_symbol("since"), until_key = g.find_symbol("until"), date_key = g.find_symbol("date");
  auto holds_on = [&](const property_set& props) {
    const bool dated = (since_key && props.get(*since_key)) || (until_key && props.get(*until_key));
    if (!dated && date_key)
      if (const value* d = props.get(*date_key); d && d->is<partial_date>()) {
        const auto& day = when.as<partial_date>();
        return day.first_day() <= d->as<partial_date>().first_day() &&
               d->as<partial_date>().last_day() <= day.last_day();
      }
    auto holds = exec::valid_at(props, g, when);
    return holds && *holds;
  };

  std::vector<projected_edge> raw;
  auto take = [&](std::uint32_t from, const adjacent& a) {
    const std::uint32_t to = vertex[a.other];
    if (to == absent || to == from) return; // outside the projection, or a self-loop
    if (!when.is_null() && !holds_on(g.rel(a.rel).properties)) return;
    projected_edge e{from, to, a.rel, weight_of(a.rel)};
    if (reverse) std::swap(e.from, e.to);
    if (!p.directed && e.from > e.to) std::swap(e.from, e.to);
    raw.push_back(e);
  };
  // A symmetric derived type holds one relationship per pair: a directed
  // projection takes it in both directions, an undirected one once.
  std::vector<symbol> symmetric;
  if (p.directed)
    for (const auto& [name, t] : g.schema().rel_tables())
      if (t.symmetric)
        if (const auto s = g.find_symbol(name); s && (any_type || std::find(types.begin(), types.end(), *s) != types.end()))
          symmetric.push_back(*s);
  for (std::uint32_t v = 0; v < p.nodes.size(); ++v) {
    if (any_type)
      for (const auto& a : g.out(p.nodes[v])) take(v, a);
    else
      for (symbol t : types)
        for (const auto& a : g.out(p.nodes[v], t)) take(v, a);
    for (symbol t : symmetric)
      for (const auto& a : g.in(p.nodes[v], t)) take(v, a);
    if ((v & 1023) == 0) {
      ctx.check_interrupt();
      ctx.check_held(raw.size(), "the projection");
    }
  }

  // One edge per pair.
  std::sort(raw.begin(), raw.end(), [](const projected_edge& a, const projected_edge& b) {
    return std::tie(a.from, a.to, a.rel) < std::tie(b.from, b.to, b.rel);
  });
  for (const auto& e : raw) {
    if (!p.edges.empty() && p.edges.back().from == e.from && p.edges.back().to == e.to) {
      auto& m = p.edges.back();
      if (aggregate == "min" && e.weight < m.weight) m.weight = e.weight, m.rel = e.rel;
      else if (aggregate == "max" && e.weight > m.weight) m.weight = e.weight, m.rel = e.rel;
      else if (aggregate == "sum") m.weight += e.weight;
      else if (aggregate == "count") m.weight += 1.0;
      continue;
    }
    p.edges.push_back(e);
    if (aggregate == "count") p.edges.back().weight = 1.0;
  }
  return p;
}

std::optional<std::uint32_t> vertex_of(const projection& p, node_id n) {
  auto it = std::lower_bound(p.nodes.begin(), p.nodes.end(), n);
  if (it == p.nodes.end() || *it != n) return std::nullopt;
  return static_cast<std::uint32_t>(it - p.nodes.begin());
}

namespace {

csr_graph make_csr(const projection& p, bool reversed) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  std::vector<csr_edge> props;
  pairs.reserve(p.edges.size() * (p.directed ? 1 : 2));
  for (std::uint32_t i = 0; i < p.edges.size(); ++i) {
    const auto& e = p.edges[i];
    if (p.directed) {
      pairs.emplace_back(reversed ? e.to : e.from, reversed ? e.from : e.to);
      props.push_back({e.weight, i});
    } else {
      pairs.emplace_back(e.from, e.to);
      props.push_back({e.weight, i});
      pairs.emplace_back(e.to, e.from);
      props.push_back({e.weight, i});
    }
  }
  return csr_graph(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), props.begin(), p.vertex_count());
}

} // namespace

std::vector<std::vector<std::uint32_t>> undirected_neighbours(const projection& p) {
  std::vector<std::vector<std::uint32_t>> out(p.vertex_count());
  for (const auto& e : p.edges) {
    out[e.from].push_back(e.to);
    out[e.to].push_back(e.from);
  }
  for (auto& n : out) {
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end()); // a directed pair both ways is one neighbour
  }
  return out;
}

csr_graph out_graph(const projection& p) { return make_csr(p, false); }
csr_graph reversed_graph(const projection& p) { return make_csr(p, true); }

} // namespace annals::procedures::algo
