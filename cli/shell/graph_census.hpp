// What is in a graph, counted: nodes per label, relationships per type, and
// the property keys each uses. For :schema and for tab completion.
#pragma once

#include "annals/graph.hpp"

#include <map>
#include <set>
#include <string>

namespace annals::cli {

struct graph_census {
  struct kind {
    std::size_t count = 0;
    std::set<std::string> keys;
  };
  std::map<std::string, kind> labels; // declared tables too, even when empty
  std::map<std::string, kind> types;
  std::map<std::string, std::set<std::pair<std::string, std::string>>> endpoints; // type -> (from label, to label)
  std::set<std::string> keys; // every property key
};

graph_census take_census(const graph& g);

} // namespace annals::cli
