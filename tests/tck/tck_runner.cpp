// tck_runner: runs the openCypher TCK against annals.
//
//   tck_runner                  run every in-scope case, print pass rates per folder,
//                               fail if a case listed in expected_pass.txt fails
//   tck_runner --update         rewrite expected_pass.txt with the cases that pass now
//   tck_runner --filter TEXT    run the cases whose "feature:n:k name" contains TEXT and
//                               show each failure: query, expected, got or the error
//   tck_runner --report FILE    also write the pass rates as a markdown table
//   tck_runner --failures FILE  also write one line per failing case (id, reason), for triage
//   tck_runner --triage N       also print the N most frequent failure causes, one example each
//   tck_runner --list           list the in-scope cases
// Other options: --features DIR, --graphs DIR, --expected FILE, --timeout MS, --no-fork, --verbose.
#include "case_catalog.hpp"
#include "failure_triage.hpp"
#include "isolated_run.hpp"
#include "pass_list.hpp"
#include "pass_report.hpp"
#include "scenario_runner.hpp"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#ifndef ANNALS_SHARED_DIR
#define ANNALS_SHARED_DIR "../shared"
#endif
#ifndef ANNALS_TCK_SOURCE_DIR
#define ANNALS_TCK_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;
using namespace annals::tck;

namespace {

struct options {
  fs::path features = fs::path(ANNALS_SHARED_DIR) / "tck" / "features";
  fs::path graphs = fs::path(ANNALS_SHARED_DIR) / "tck" / "graphs";
  fs::path expected = fs::path(ANNALS_TCK_SOURCE_DIR) / "expected_pass.txt";
  std::optional<std::string> filter;
  std::optional<fs::path> report, failures;
  std::size_t triage = 0;
  bool update = false, list = false, fork = true, verbose = false;
  std::chrono::milliseconds timeout{10'000};
};

[[noreturn]] void usage(int status) {
  std::cerr << "usage: tck_runner [--update] [--filter TEXT] [--report FILE] [--failures FILE] [--triage N]\n                  [--list]\n"
               "                  [--features DIR] [--graphs DIR] [--expected FILE] [--timeout MS]\n"
               "                  [--no-fork] [--verbose]\n";
  std::exit(status);
}

options parse_options(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) usage(2);
      return argv[++i];
    };
    if (arg == "--update") o.update = true;
    else if (arg == "--list") o.list = true;
    else if (arg == "--no-fork") o.fork = false;
    else if (arg == "--verbose") o.verbose = true;
    else if (arg == "--filter") o.filter = next();
    else if (arg == "--report") o.report = next();
    else if (arg == "--failures") o.failures = next();
    else if (arg == "--triage") o.triage = std::stoul(next());
    else if (arg == "--features") o.features = next();
    else if (arg == "--graphs") o.graphs = next();
    else if (arg == "--expected") o.expected = next();
    else if (arg == "--timeout") o.timeout = std::chrono::milliseconds(std::stol(next()));
    else if (arg == "--help" || arg == "-h") usage(0);
    else {
      std::cerr << "tck_runner: unknown option " << arg << '\n';
      usage(2);
    }
  }
  if (o.update && o.filter) {
    std::cerr << "tck_runner: --update runs every case; it cannot be combined with --filter\n";
    std::exit(2);
  }
  return o;
}

std::string label(const test_case& c) { return c.id() + ' ' + c.name; }

} // namespace

int main(int argc, char** argv) {
  const auto opts = parse_options(argc, argv);

  std::vector<test_case> cases;
  try {
    cases = load_cases(opts.features);
  } catch (const std::exception& e) {
    std::cerr << "tck_runner: " << e.what() << '\n';
    return 2;
  }
  if (opts.filter) std::erase_if(cases, [&](const test_case& c) { return label(c).find(*opts.filter) == std::string::npos; });
  if (opts.list) {
    for (const auto& c : cases) std::cout << label(c) << '\n';
    std::cout << cases.size() << " test cases\n";
    return 0;
  }

  const run_options run{opts.graphs, opts.timeout};
  const auto hard_limit = 3 * opts.timeout + std::chrono::milliseconds(5000);
  const auto expected = read_pass_list(opts.expected);

  pass_report report;
  std::vector<const test_case*> passing;
  std::vector<std::string> regressions;
  std::size_t newly_passing = 0;
  failure_triage triage;
  std::ofstream failures;
  if (opts.failures) failures.open(*opts.failures, std::ios::trunc);

  const auto start = std::chrono::steady_clock::now();
  for (const auto& c : cases) {
    std::cout.flush();
    const auto outcome = opts.fork ? run_isolated(c, run, hard_limit) : run_case(c, run);
    const bool error_case = expects_error(c);
    report.add(c.folder(), outcome.passed, error_case, outcome.detail_matched);
    const bool was_passing = expected.count(c.id()) > 0;
    if (outcome.passed) {
      passing.push_back(&c);
      newly_passing += !was_passing;
    } else {
      if (was_passing) regressions.push_back(label(c) + ": " + outcome.reason);
      triage.add(outcome.reason, label(c), query_of(c));
      if (failures.is_open()) failures << c.id() << '\t' << outcome.reason << '\t' << c.name << '\n';
      if (opts.filter) {
        std::cout << "FAIL " << label(c) << "\n  " << c.feature << ':' << c.line << "\n  " << outcome.reason << '\n'
                  << outcome.details << '\n';
      } else if (opts.verbose) {
        std::cout << "FAIL " << label(c) << ": " << outcome.reason << '\n';
      }
    }
    if (opts.filter && outcome.passed && opts.verbose) std::cout << "pass " << label(c) << '\n';
  }
  const auto seconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count() / 1000.0;

  std::cout << "\nopenCypher TCK" << (opts.filter ? " (filtered: " + *opts.filter + ")" : "") << ", "
            << cases.size() << " cases in " << seconds << " s\n"
            << report.text();
  if (opts.triage) std::cout << "\nmost frequent failure causes:\n" << triage.text(opts.triage);
  if (opts.report) {
    std::ofstream out(*opts.report, std::ios::trunc);
    out << report.markdown();
    std::cout << "wrote " << opts.report->string() << '\n';
  }
  if (opts.update) {
    write_pass_list(opts.expected, passing);
    std::cout << "wrote " << passing.size() << " passing cases to " << opts.expected.string() << '\n';
    return 0;
  }
  if (newly_passing) std::cout << newly_passing << " cases pass that expected_pass.txt does not list (run --update)\n";
  if (!regressions.empty()) {
    std::cout << "\n" << regressions.size() << " cases listed in " << opts.expected.string() << " now fail:\n";
    for (const auto& r : regressions) std::cout << "  " << r << '\n';
    return 1;
  }
  return 0;
}
