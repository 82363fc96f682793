// The engine's way into a result it is filling; not part of the public API.
#pragma once

#include "annals/result.hpp"

namespace annals::detail {

struct result_access {
  static std::vector<result::row>& rows(result& r) { return r.rows_; }
  static change_counts& changes(result& r) { return r.changes_; }
  static void set_plan(result& r, std::string plan) { r.plan_ = std::move(plan); }
  static void set_explained(result& r, std::string plan) {
    r.plan_ = std::move(plan);
    r.explained_only_ = true;
  }
};

} // namespace annals::detail
