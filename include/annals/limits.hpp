// Limits that end a query with an error instead of exhausting the machine.
// Set them per database (database::limits()) or per query (database::query
// and prepared_statement::run take a query_limits); each names itself in the
// error it raises, with the setting to raise it. The database stays usable.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>

namespace annals {

// A quarter of the machine's physical memory: the default max_memory, which
// protects a desktop from one query. (Read from the system on each call.)
std::size_t default_max_memory();

// An amount of memory as the limits' errors and the shell print it: "512 bytes",
// "64 KB", "1.5 GB" (units of 1024).
std::string byte_count(std::size_t bytes);

struct query_limits {
  // Parsing recurses once per nesting level, on the thread's stack: the depth cannot be raised past this.
  static constexpr std::size_t max_expression_depth_ceiling = 2000;

  std::size_t max_expression_depth = 200;      // nesting of brackets and expressions (at most 2000)
  std::size_t max_pattern_length = 100;        // relationships in one pattern part
  std::size_t max_clauses = 1000;              // clauses in one statement, subqueries included
  std::size_t max_path_length = 64;            // hops of an unbounded variable-length pattern
  std::size_t max_result_rows = 10'000'000;    // rows a query may return
  std::size_t max_intermediate_rows = 50'000'000; // rows an operator may hold (sort, aggregate, …)
  // Bytes one query may hold in what it builds: rows kept by ORDER BY, DISTINCT, aggregation, joins,
  // collect() and variable-length expansion, the result being returned, and every list, map, path or
  // string it makes. Counted from each value's size, so a rough measure, a little under the heap used.
  std::size_t max_memory = default_max_memory();
  std::chrono::milliseconds timeout{0};        // 0: no time limit
  // Set from another thread (or a signal handler) to cancel the running query.
  std::atomic<bool>* cancel = nullptr;
};

} // namespace annals
