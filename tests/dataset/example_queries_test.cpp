// Every example query of the bundled dataset prints exactly its expected
// table: examples/intervention/queries/NN-name.cypher is run against the
// loaded graph and its output, as `annals::format_table` renders it (the
// table the CLI and the demo print), is compared byte for byte with
// NN-name.expected beside it. A mismatch leaves the actual output in the
// build tree (dataset_actual/NN-name.actual) for diffing.
#define BOOST_TEST_MODULE dataset_example_queries
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "dataset_files.hpp"

#include "annals/format.hpp"

#include <fstream>
#include <regex>

using namespace annals;
using namespace annals::testing;
namespace fs = std::filesystem;

namespace {

fs::path queries_dir() { return dataset_dir() / "queries"; }

std::vector<std::string> query_names() {
  std::vector<std::string> names;
  for (const auto& file : cypher_files(queries_dir())) names.push_back(file.stem().string());
  return names;
}

database& dataset() {
  static database db;
  static const auto failures = load_dataset(db, dataset_dir());
  // Boost.Test builds the message before it checks: never read front() of an empty list.
  BOOST_REQUIRE_MESSAGE(failures.empty(), "the dataset does not load: " << (failures.empty() ? "" : failures.front()));
  return db;
}

void keep_actual(const std::string& name, const std::string& output) {
  const auto dir = fs::path(ANNALS_BINARY_DIR) / "dataset_actual";
  fs::create_directories(dir);
  std::ofstream(dir / (name + ".actual"), std::ios::binary) << output;
}

} // namespace

BOOST_AUTO_TEST_CASE(there_are_enough_queries_each_with_expected_output) {
  const auto names = query_names();
  BOOST_TEST(names.size() >= 25u);
  for (const auto& name : names) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(std::regex_match(name, std::regex("[0-9][0-9]-[a-z0-9-]+")));
      BOOST_TEST(fs::exists(queries_dir() / (name + ".expected")));
    }
  }
  // No expected output is left without its query.
  for (const auto& entry : fs::directory_iterator(queries_dir()))
    if (entry.path().extension() == ".expected")
      BOOST_TEST(fs::exists(fs::path(entry.path()).replace_extension(".cypher")), entry.path().filename().string());
}

BOOST_DATA_TEST_CASE(query_prints_its_expected_table, boost::unit_test::data::make(query_names()), name) {
  const auto text = read_text(queries_dir() / (name + ".cypher"));
  // The first line states the question; the rows come in a defined order.
  BOOST_TEST(text.starts_with("// Question: "));
  BOOST_TEST(text.find("ORDER BY") != std::string::npos);

  auto& db = dataset();
  const auto output = format_table(db.execute(text), db.graph());
  const auto expected_file = queries_dir() / (name + ".expected");
  BOOST_REQUIRE(fs::exists(expected_file));
  const auto expected = read_text(expected_file);
  if (output != expected) keep_actual(name, output);
  BOOST_TEST(output == expected, "the output of " << name << " differs from its .expected file:\n"
                                                  << output << "expected:\n"
                                                  << expected);
}
