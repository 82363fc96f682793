// What the TCK's side-effect steps count, read off the graph itself (not
// the engine's counters): live nodes and relationships by id, the distinct
// label names in use, and properties as (entity, key, value) triples.
#pragma once

#include <annals/graph.hpp>

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace annals::tck {

struct graph_snapshot {
  std::set<node_id> nodes;
  std::set<rel_id> relationships;
  std::set<std::string> labels;
  // ('n' or 'r', id, key, value in canonical TCK text)
  std::set<std::tuple<char, std::uint32_t, std::string, std::string>> properties;
};

graph_snapshot take_snapshot(const annals::graph& g);

// "+nodes", "-nodes", "+relationships", "-relationships", "+labels",
// "-labels", "+properties", "-properties" → count; zero counts left out.
using side_effects = std::map<std::string, std::size_t>;
side_effects difference(const graph_snapshot& before, const graph_snapshot& after);
std::string to_string(const side_effects& e);

} // namespace annals::tck
