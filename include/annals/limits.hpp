// Limits that end a query with an error instead of exhausting the machine.
// Set them per database (database::limits()) or per query (database::query
// and prepared_statement::run take a query_limits); each names itself in the
// error it raises, with the setting to raise it. The database stays usable.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>

namespace annals {

struct query_limits {
  // Parsing recurses once per nesting level, on the thread's stack: the depth cannot be raised past this.
  static constexpr std::size_t max_expression_depth_ceiling = 2000;

  std::size_t max_expression_depth = 200;      // nesting of brackets and expressions (at most 2000)
  std::size_t max_pattern_length = 100;        // relationships in one pattern part
  std::size_t max_clauses = 1000;              // clauses in one statement, subqueries included
  std::size_t max_path_length = 64;            // hops of an unbounded variable-length pattern
  std::size_t max_result_rows = 10'000'000;    // rows a query may return
  std::size_t max_intermediate_rows = 50'000'000; // rows an operator may hold (sort, aggregate, …)
  std::chrono::milliseconds timeout{0};        // 0: no time limit
  // Set from another thread (or a signal handler) to cancel the running query.
  std::atomic<bool>* cancel = nullptr;
};

} // namespace annals
