// The properties of one node or relationship: a short vector of (key, value),
// faster than a map for the handful of properties a record usually has.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/symbol_table.hpp"
#include "annals/value.hpp"

#include <utility>
#include <vector>

namespace annals {

class property_set {
public:
  const value* get(symbol key) const {
    for (const auto& [k, v] : entries_)
      if (k == key) return &v;
    return nullptr;
  }
  // Setting null removes the key, as in Cypher.
  void set(symbol key, value v) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
      if (it->first == key) {
        if (v.is_null()) entries_.erase(it);
        else it->second = std::move(v);
        return;
      }
    if (!v.is_null()) entries_.emplace_back(key, std::move(v));
  }
  void clear() { entries_.clear(); }
  void reserve(std::size_t n) { entries_.reserve(n); }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }

private:
  std::vector<std::pair<symbol, value>> entries_;
};

} // namespace annals
