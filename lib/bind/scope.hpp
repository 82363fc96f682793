// The variables visible at a point of a query, each with its row slot and
// what it holds. WITH and RETURN start a new scope with what they project.
#pragma once

#include "bind/bound_expression.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace annals::bind {

// `value`: known not to be a graph element (a literal, list or map projected by WITH).
enum class variable_type { any, node, relationship, relationship_list, path, value };

struct variable_info {
  slot where;
  variable_type type;
  // The labels (or the relationship type) a pattern gave it, for checking p.key against declared tables.
  std::vector<std::string> labels = {};
};

class scope {
public:
  const variable_info* find(const std::string& name) const {
    auto it = vars_.find(name);
    return it == vars_.end() ? nullptr : &it->second;
  }
  void add(const std::string& name, variable_info v) {
    if (!vars_.count(name)) order_.push_back(name);
    vars_[name] = v;
  }
  // A later pattern naming the variable again may add labels: (p)…(p:Person).
  void add_labels(const std::string& name, const std::vector<std::string>& labels) {
    if (auto it = vars_.find(name); it != vars_.end())
      it->second.labels.insert(it->second.labels.end(), labels.begin(), labels.end());
  }
  // Names in the order they were bound (RETURN * lists them sorted).
  const std::vector<std::string>& names() const { return order_; }
  bool empty() const { return vars_.empty(); }

private:
  std::map<std::string, variable_info> vars_;
  std::vector<std::string> order_;
};

} // namespace annals::bind
