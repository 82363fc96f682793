#include "derive/dependency_order.hpp"

#include "annals/error.hpp"

#include <algorithm>
#include <functional>

namespace annals::derive {

namespace {

bool reads(const dependency_node& n, const std::string& type) {
  return std::find(n.reads.begin(), n.reads.end(), type) != n.reads.end();
}

// A path from `from` to `to` along "reads", by depth-first search; empty when none.
std::vector<std::string> path_between(const std::vector<dependency_node>& all, const std::string& from,
                                      const std::string& to) {
  std::vector<std::string> path, seen;
  std::function<bool(const std::string&)> visit = [&](const std::string& at) {
    path.push_back(at);
    if (at == to && path.size() > 1) return true;
    if (std::find(seen.begin(), seen.end(), at) == seen.end()) {
      seen.push_back(at);
      const auto node = std::find_if(all.begin(), all.end(), [&](const dependency_node& n) { return n.name == at; });
      if (node != all.end())
        for (const auto& next : node->reads)
          if (visit(next)) return true;
    }
    path.pop_back();
    return false;
  };
  visit(from);
  return path;
}

std::string joined(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& p : path) out += (out.empty() ? "" : " -> ") + p;
  return out;
}

} // namespace

void check_dependencies(const std::vector<dependency_node>& defined, const dependency_node& added) {
  if (reads(added, added.name))
    throw semantic_error("SemanticError", "DerivedTypeCycle",
                         "derived type " + added.name + " cannot be defined in terms of itself");
  std::vector<dependency_node> all = defined;
  all.push_back(added);
  if (const auto cycle = path_between(all, added.name, added.name); !cycle.empty())
    throw semantic_error("SemanticError", "DerivedTypeCycle",
                         "derived types cannot read each other in a cycle: " + joined(cycle));
  for (const auto& earlier : defined)
    if (reads(earlier, added.name))
      throw semantic_error("SemanticError", "DerivedTypeForwardReference",
                           "derived type " + earlier.name + " reads " + added.name +
                               ", which would be defined after it; define " + added.name +
                               " first (a derived type reads only those defined before it)");
}

} // namespace annals::derive
