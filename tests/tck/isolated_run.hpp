// Runs a test case in a forked child process, so that an engine that
// crashes or hangs fails that one case instead of the whole run.
#pragma once

#include "scenario_runner.hpp"

namespace annals::tck {

// The child is killed after `hard_limit`; the outcome then says "timed out".
case_outcome run_isolated(const test_case& c, const run_options& options, std::chrono::milliseconds hard_limit);

} // namespace annals::tck
