// One driver for every behaviour case under tests/behaviour/cases: parser,
// binder, planner and executor behaviour, and the history features.
#define BOOST_TEST_MODULE behaviour
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "annals/format.hpp"
#include "parser/parser.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The output of a case: the last statement's rows, plan or error.
std::string run_case(const std::string& script) {
  annals::database db;
  const auto spans = annals::parser::split_script(script);
  if (spans.empty()) return "(empty case)\n";
  std::string out;
  // Each statement runs with the text before it blanked out, so positions are the file's.
  auto statement = [&](const annals::parser::statement_span& span) {
    std::string padded(span.begin, ' ');
    for (std::size_t i = 0; i < span.begin; ++i)
      if (script[i] == '\n') padded[i] = '\n';
    return padded + script.substr(span.begin, span.end - span.begin);
  };
  // Set-up statements print only their errors (a case may test that one fails and changes nothing).
  for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
    try {
      db.query(statement(spans[i]));
    } catch (const annals::error& e) {
      out += "error in set-up: " + e.describe() + "\n";
    }
  }
  try {
    const annals::result r = db.query(statement(spans.back()));
    // PROFILE times vary from run to run; the row counts do not.
    if (!r.plan().empty()) return out + std::regex_replace(r.plan(), std::regex(R"(time: \d+ us)"), "time: … us");
    for (std::size_t i = 0; i < r.columns().size(); ++i) out += (i ? " | " : "") + r.columns()[i];
    out += "\n";
    for (const auto& row : r) {
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? " | " : "") + annals::render(row[i], db.graph());
      out += "\n";
    }
  } catch (const annals::error& e) {
    out += "error: " + e.describe() + "\n";
  }
  return out;
}

std::vector<fs::path> cases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(ANNALS_SOURCE_DIR) / "tests/behaviour/cases"))
    if (e.path().extension() == ".cypher") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_case_gives_its_expected_output) {
  const bool update = std::getenv("ANNALS_UPDATE") != nullptr;
  const auto all = cases();
  BOOST_TEST(all.size() >= 40u);
  for (const auto& c : all) {
    const std::string got = run_case(slurp(c));
    fs::path expected = c;
    expected.replace_extension(".expected");
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    BOOST_TEST_CONTEXT(fs::relative(c, ANNALS_SOURCE_DIR).string()) {
      BOOST_TEST(fs::exists(expected));
      BOOST_TEST(got == slurp(expected));
    }
  }
}
