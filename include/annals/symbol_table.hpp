// Interned names: labels, relationship types and property keys are stored as
// small integers so records stay small and comparisons are cheap.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals {

using symbol = std::uint32_t;

class symbol_table {
public:
  symbol intern(std::string_view name) {
    if (auto it = ids_.find(std::string(name)); it != ids_.end()) return it->second;
    const auto id = static_cast<symbol>(names_.size());
    names_.emplace_back(name);
    ids_.emplace(names_.back(), id);
    return id;
  }
  std::optional<symbol> find(std::string_view name) const {
    auto it = ids_.find(std::string(name));
    return it == ids_.end() ? std::nullopt : std::optional<symbol>(it->second);
  }
  const std::string& name(symbol s) const { return names_[s]; }
  std::size_t size() const { return names_.size(); }

private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, symbol> ids_;
};

} // namespace annals
