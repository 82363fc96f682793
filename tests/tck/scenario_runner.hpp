// Runs one TCK test case against a fresh annals::database, step by step,
// and says whether it passed and, if not, why.
#pragma once

#include "test_case.hpp"

#include <chrono>
#include <filesystem>
#include <string>

namespace annals::tck {

struct run_options {
  std::filesystem::path graphs_dir;                // shared/tck/graphs
  std::chrono::milliseconds query_timeout{10'000}; // per statement, through query_limits
};

struct case_outcome {
  bool passed = false;
  bool expects_error = false;  // the case ends in "Then a … should be raised"
  bool detail_matched = false; // …and the error's detail matched too
  std::string reason;          // one line: why it failed
  std::string details;         // several lines: the query, expected, got
};

case_outcome run_case(const test_case& c, const run_options& options);

// The text of the case's "When executing query:" step.
std::string query_of(const test_case& c);

// Whether the case ends in "Then a … should be raised".
bool expects_error(const test_case& c);

} // namespace annals::tck
