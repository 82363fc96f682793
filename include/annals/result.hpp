// What a query returns: named columns and rows of values, plus what the
// statement changed. Rows are materialised; iterate them with range-for.
#pragma once

#include "annals/detail/requires_cxx20.hpp"
#include "annals/value.hpp"

#include <string>
#include <vector>

namespace annals {

namespace detail {
struct result_access; // the engine fills results in place (lib/api/database.cpp)
}

struct change_counts {
  std::size_t nodes_created = 0, nodes_deleted = 0;
  std::size_t relationships_created = 0, relationships_deleted = 0;
  std::size_t labels_added = 0, labels_removed = 0;
  std::size_t properties_set = 0;
  bool any() const {
    return nodes_created || nodes_deleted || relationships_created || relationships_deleted || labels_added ||
           labels_removed || properties_set;
  }
};

// A result is a plain value: reading one from several threads at once is safe.
class result {
public:
  using row = std::vector<value>;

  result() = default;
  result(std::vector<std::string> columns, std::vector<row> rows) : columns_(std::move(columns)), rows_(std::move(rows)) {}
  result(std::vector<std::string> columns, std::vector<row> rows, change_counts changes, std::string plan)
      : columns_(std::move(columns)), rows_(std::move(rows)), changes_(changes), plan_(std::move(plan)) {}

  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<row>& rows() const { return rows_; }
  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  const row& operator[](std::size_t i) const { return rows_[i]; }
  auto begin() const { return rows_.begin(); }
  auto end() const { return rows_.end(); }

  // Index of a column by name, for row[r.column("name")]; throws
  // std::out_of_range naming the column and the columns there are when absent.
  std::size_t column(std::string_view name) const;

  const change_counts& changes() const { return changes_; }
  // EXPLAIN: the plan tree; PROFILE: the plan with rows and time per operator.
  const std::string& plan() const { return plan_; }
  // Whether the statement was an EXPLAIN: a plan and no rows, since nothing ran.
  bool explained_only() const { return explained_only_; }

private:
  friend struct detail::result_access;

  std::vector<std::string> columns_;
  std::vector<row> rows_;
  change_counts changes_;
  std::string plan_;
  bool explained_only_ = false;
};

} // namespace annals
