// Limits (include/annals/limits.hpp): each ends the query with an error that
// names it and how to raise it, per database or per query, and the database
// is the same afterwards and still answers.
#define BOOST_TEST_MODULE limits
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/support/printing.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

using namespace annals;

namespace {

// A clique of n :D nodes: every pair joined by :E both ways.
void clique(database& db, int n) {
  db.execute("UNWIND range(1, " + std::to_string(n) + ") AS i CREATE (:D {i: i})");
  db.execute("MATCH (a:D), (b:D) WHERE a <> b CREATE (a)-[:E]->(b)");
}

// "Category.Detail: message" of the annals::error the query raises, or "accepted".
std::string refusal(const std::function<void()>& run) {
  try {
    run();
  } catch (const error& e) {
    return e.category() + "." + e.detail() + ": " + e.message();
  }
  return "accepted";
}

std::int64_t count_of(database& db, const std::string& q) { return db.query(q)[0][0].as<std::int64_t>(); }

} // namespace

BOOST_AUTO_TEST_CASE(result_rows_per_query_leave_the_database_limit_alone) {
  database db;
  query_limits two;
  two.max_result_rows = 2;
  BOOST_TEST(refusal([&] { db.query("UNWIND range(1, 5) AS x RETURN x", {}, two); }) ==
             "RuntimeError.ResultRowsLimit: the query returns more than max_result_rows (2) rows; add a LIMIT or raise "
             "database::limits().max_result_rows");
  BOOST_TEST(db.query("UNWIND range(1, 5) AS x RETURN x").size() == 5u);
  BOOST_TEST(db.query("UNWIND range(1, 5) AS x RETURN x LIMIT 2", {}, two).size() == 2u);
  db.limits().max_result_rows = 3;
  BOOST_TEST(refusal([&] { db.query("UNWIND range(1, 5) AS x RETURN x"); }) ==
             "RuntimeError.ResultRowsLimit: the query returns more than max_result_rows (3) rows; add a LIMIT or raise "
             "database::limits().max_result_rows");
}

BOOST_AUTO_TEST_CASE(timeout_ends_a_runaway_query_and_undoes_its_writes) {
  database db;
  clique(db, 10);
  const auto nodes = count_of(db, "MATCH (n) RETURN count(n)");
  query_limits quick;
  quick.timeout = std::chrono::milliseconds(50);
  BOOST_TEST(refusal([&] { db.query("CREATE (:Extra) WITH 1 AS one MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)", {}, quick); }) ==
             "RuntimeError.Timeout: query ran longer than the time limit of 50 ms; raise database::limits().timeout");
  BOOST_TEST(count_of(db, "MATCH (n) RETURN count(n)") == nodes);
}

BOOST_AUTO_TEST_CASE(cancel_from_another_thread) {
  database db;
  clique(db, 10);
  std::atomic<bool> cancel{false};
  query_limits limits;
  limits.cancel = &cancel;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    cancel = true;
  });
  const auto outcome = refusal([&] { db.query("MATCH (a), (b), (c), (d), (e), (f) RETURN count(*)", {}, limits); });
  canceller.join();
  BOOST_TEST(outcome == "RuntimeError.Cancelled: query cancelled");
  BOOST_TEST(count_of(db, "MATCH (n:D) RETURN count(n)") == 10);
}

BOOST_AUTO_TEST_CASE(prepared_statements_take_limits_per_run) {
  database db;
  auto p = db.prepare("UNWIND range(1, $n) AS x RETURN x");
  query_limits three;
  three.max_result_rows = 3;
  BOOST_TEST(p.run({{"n", value(std::int64_t{3})}}, three).size() == 3u);
  BOOST_TEST(refusal([&] { p.run({{"n", value(std::int64_t{4})}}, three); }) ==
             "RuntimeError.ResultRowsLimit: the query returns more than max_result_rows (3) rows; add a LIMIT or raise "
             "database::limits().max_result_rows");
  BOOST_TEST(p.run({{"n", value(std::int64_t{4})}}).size() == 4u);
}

BOOST_AUTO_TEST_CASE(expression_depth_is_a_setting) {
  database db;
  const std::string deep = "RETURN " + std::string(300, '(') + "1" + std::string(300, ')') + " AS x";
  BOOST_TEST(refusal([&] { db.query(deep); }) ==
             "SyntaxError.NestingTooDeep: expressions nested deeper than 200 levels; raise "
             "database::limits().max_expression_depth (at most 2000)");
  query_limits deeper;
  deeper.max_expression_depth = 400;
  BOOST_TEST(db.query(deep, {}, deeper)[0][0] == value(std::int64_t{1}));
}

BOOST_AUTO_TEST_CASE(pattern_length) {
  database db;
  clique(db, 3);
  query_limits two;
  two.max_pattern_length = 2;
  try {
    db.query("MATCH (a)-[:E]->(b)-[:E]->(c)-[:E]->(d) RETURN count(*)", {}, two);
    BOOST_FAIL("expected an error");
  } catch (const semantic_error& e) {
    BOOST_TEST(e.describe() ==
               "1:7: SemanticError: the pattern has 3 relationships, more than max_pattern_length (2); raise "
               "database::limits().max_pattern_length\n"
               "MATCH (a)-[:E]->(b)-[:E]->(c)-[:E]->(d) RETURN count(*)\n"
               "      ^");
  }
  // Trails of three hops over the 6 relationships of a 3-clique: 6 first steps, then
  // either back (one way on: 1) or on (two ways on: 2), so 6 × 3.
  BOOST_TEST(count_of(db, "MATCH (a)-[:E]->(b)-[:E]->(c)-[:E]->(d) RETURN count(*)") == 18);
}

BOOST_AUTO_TEST_CASE(variable_length_paths) {
  database db;
  clique(db, 6);
  query_limits short_paths;
  short_paths.max_path_length = 3;
  BOOST_TEST(refusal([&] { db.query("MATCH (a:D {i: 1})-[:E*]->(b) RETURN count(*)", {}, short_paths); }) ==
             "RuntimeError.PathLengthLimit: an unbounded variable-length pattern went past max_path_length (3 hops); "
             "give the pattern an upper bound like *..10 or raise database::limits().max_path_length");
  // One hop: 5; two hops: 5 × 5 (a trail may come back to its start on the other relationship).
  BOOST_TEST(count_of(db, "MATCH (a:D {i: 1})-[:E*..2]->(b) RETURN count(*)") == 5 + 5 * 5);
}

BOOST_AUTO_TEST_CASE(intermediate_rows_of_each_operator) {
  database db;
  query_limits ten;
  ten.max_intermediate_rows = 10;
  auto refused = [&](const std::string& q) { return refusal([&] { db.query(q, {}, ten); }); };
  const std::string raise = "; raise database::limits().max_intermediate_rows";
  // Fifteen rows, from lists of five and three.
  const std::string rows = "UNWIND range(1, 5) AS x UNWIND range(1, 3) AS y WITH x * 10 + y AS z ";
  BOOST_TEST(refused("RETURN range(1, 11) AS r") ==
             "RuntimeError.IntermediateRowsLimit: range() holds more than max_intermediate_rows (10) values" + raise);
  BOOST_TEST(refused(rows + "RETURN z ORDER BY z") ==
             "RuntimeError.IntermediateRowsLimit: ORDER BY holds more than max_intermediate_rows (10) rows" + raise);
  BOOST_TEST(refused(rows + "RETURN DISTINCT z") ==
             "RuntimeError.IntermediateRowsLimit: DISTINCT holds more than max_intermediate_rows (10) rows" + raise);
  BOOST_TEST(refused(rows + "RETURN z, count(*)") ==
             "RuntimeError.IntermediateRowsLimit: an aggregation holds more than max_intermediate_rows (10) groups" + raise);
  BOOST_TEST(refused(rows + "RETURN collect(z)") ==
             "RuntimeError.IntermediateRowsLimit: collect() holds more than max_intermediate_rows (10) values" + raise);
  BOOST_TEST(refused("UNWIND range(1, 6) AS x RETURN x UNION UNWIND range(7, 12) AS x RETURN x") ==
             "RuntimeError.IntermediateRowsLimit: UNION holds more than max_intermediate_rows (10) rows" + raise);
  // Ten of each is still fine.
  BOOST_TEST(db.query("UNWIND range(1, 10) AS x RETURN DISTINCT x ORDER BY x", {}, ten).size() == 10u);
}

// max_memory: everything a query holds or builds counts, and crossing it ends
// the query with an error naming the holder, never std::bad_alloc.
BOOST_AUTO_TEST_CASE(memory_of_each_holder) {
  database db;
  clique(db, 7);
  query_limits small;
  small.max_memory = 2 << 20;
  auto refused = [&](const std::string& q) { return refusal([&] { db.query(q, {}, small); }); };
  auto over = [](const std::string& what) {
    return "RuntimeError.MemoryLimit: " + what +
           " needs more than max_memory (2 MB) for this query; raise database::limits().max_memory";
  };
  // 20,000 rows from one list of 1.1 MB that fits: holding them all takes about 4 MB.
  const std::string rows = "UNWIND range(1, 20000) AS z ";
  BOOST_TEST(refused(rows + "RETURN z ORDER BY z") == over("ORDER BY"));
  // With a LIMIT, ORDER BY keeps only the rows it will return.
  BOOST_TEST(db.query(rows + "RETURN z ORDER BY z DESC LIMIT 3", {}, small).size() == 3u);
  BOOST_TEST(refused(rows + "RETURN count(DISTINCT [z, z])") == over("an aggregation"));
  BOOST_TEST(refused(rows + "WITH DISTINCT z, [z, z] AS p RETURN count(*)") == over("DISTINCT"));
  BOOST_TEST(refused(rows + "RETURN z % 20000 AS k, count(*)") == over("an aggregation"));
  BOOST_TEST(refused(rows + "RETURN size(collect([z, z, z]))") == over("an aggregation"));
  BOOST_TEST(refused(rows + "RETURN z, z + 1 AS y, [z] AS l") == over("the result"));
  // Values that grow without bound: a string or a list doubled forty times, a huge range().
  std::string strings = "WITH 'ab' AS s ", lists = "WITH [1] AS l ";
  for (int i = 0; i < 40; ++i) {
    strings += "WITH s + s AS s ";
    lists += "WITH l + l AS l ";
  }
  BOOST_TEST(refused(strings + "RETURN size(s)") == over("a string concatenation"));
  BOOST_TEST(refused(lists + "RETURN size(l)") == over("a list concatenation"));
  BOOST_TEST(refused("RETURN size(range(1, 40000000))") == over("range()"));
  BOOST_TEST(refused("RETURN size([i IN range(1, 10000) | [i, i, i, i]])") == over("a list comprehension"));
  // Trails of the clique up to 6 hops: 6 + 6·5 + … + 6! of them, each kept with its relationships.
  BOOST_TEST(refused("MATCH (a:D {i: 1})-[:E*..6]->(b) RETURN count(*)") == over("a variable-length expansion"));
  // What one run held is given back: the same kinds of query within the limit, and at the default.
  BOOST_TEST(db.query("UNWIND range(1, 2000) AS z RETURN z ORDER BY z DESC", {}, small)[0][0] == value(2000));
  BOOST_TEST(count_of(db, rows + "RETURN count(DISTINCT z)") == 20000);
  BOOST_TEST(db.limits().max_memory == default_max_memory());
}

BOOST_AUTO_TEST_CASE(memory_limit_by_default_is_a_quarter_of_physical_memory) {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  BOOST_TEST(query_limits{}.max_memory == static_cast<std::size_t>(pages) * static_cast<std::size_t>(page) / 4);
  BOOST_TEST(byte_count(512) == "512 bytes");
  BOOST_TEST(byte_count(64 << 10) == "64 KB");
  BOOST_TEST(byte_count(3 << 29) == "1.5 GB");
}

// COPY checks its statement's timeout and cancel as rows come in, and a
// stopped load leaves no node behind.
BOOST_AUTO_TEST_CASE(copy_honours_timeout_and_cancel) {
  const auto dir = std::filesystem::temp_directory_path() / ("annals_copy_limits_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream csv(dir / "p.csv");
    csv << "name\n";
    for (int i = 0; i < 300000; ++i) csv << "p" << i << "\n";
  }
  database db;
  db.imports().directory = dir;
  db.execute("CREATE NODE TABLE P(name STRING, PRIMARY KEY(name))");
  const std::string copy = "COPY P FROM '" + (dir / "p.csv").string() + "'";
  query_limits quick;
  quick.timeout = std::chrono::milliseconds(1);
  BOOST_TEST(refusal([&] { db.query(copy, {}, quick); }) ==
             "RuntimeError.Timeout: COPY ran longer than the time limit of 1 ms; raise database::limits().timeout");
  std::atomic<bool> cancel{false};
  query_limits cancellable;
  cancellable.cancel = &cancel;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    cancel = true;
  });
  // 300,000 rows take far longer than 20 ms (about 0.5 s here); cancelled before that, the load stops.
  const std::string outcome = refusal([&] { db.query(copy, {}, cancellable); });
  canceller.join();
  BOOST_TEST(outcome == "RuntimeError.Cancelled: query cancelled");
  BOOST_TEST(count_of(db, "MATCH (p:P) RETURN count(*)") == 0);
  BOOST_TEST(db.query(copy)[0][0] == value("300000 rows loaded into P"));
  std::filesystem::remove_all(dir);
}

// A derived type whose definition runs away fails the queries that read it,
// and only those: every other query goes on working.
BOOST_AUTO_TEST_CASE(runaway_derived_type_fails_only_its_readers) {
  database db;
  clique(db, 8);
  db.execute("CREATE (:P {name: 'a'})-[:KNOWS]->(:P {name: 'b'})");
  db.execute("CREATE DERIVED REL TABLE RUNAWAY(FROM D TO D) AS MATCH (a:D)-[:E*]->(b:D) RETURN a, b");
  db.execute("CREATE DERIVED REL TABLE FRIEND(FROM P TO P) AS MATCH (a:P)-[:KNOWS]->(b:P) RETURN a, b");
  db.limits().max_path_length = 4;
  const std::string runaway = "RuntimeError.PathLengthLimit: an unbounded variable-length pattern went past "
                              "max_path_length (4 hops); give the pattern an upper bound like *..10 or raise "
                              "database::limits().max_path_length";
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[r:RUNAWAY]->() RETURN count(r)"); }) == runaway);
  BOOST_TEST(count_of(db, "MATCH (n) RETURN count(n)") == 10);
  BOOST_TEST(count_of(db, "MATCH (:D)-[e:E]->(:D) RETURN count(e)") == 8 * 7);
  BOOST_TEST(count_of(db, "MATCH (:P)-[f:FRIEND]->(:P) RETURN count(f)") == 1);
  // A pattern without a type reads every type, the runaway one included.
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[r]->() RETURN count(r)"); }) == runaway);
  BOOST_TEST(refusal([&] { db.query("MATCH (a:P) RETURN exists((a)-[:RUNAWAY]->()) AS x"); }) == runaway);
}

BOOST_AUTO_TEST_CASE(clauses) {
  database db;
  std::string q = "WITH 1 AS x";
  for (int i = 0; i < 5; ++i) q += " WITH x";
  q += " RETURN x";
  query_limits five;
  five.max_clauses = 5;
  try {
    db.query(q, {}, five);
    BOOST_FAIL("expected an error");
  } catch (const semantic_error& e) {
    BOOST_TEST(e.describe() ==
               "1:41: SemanticError: the query has more than max_clauses (5) clauses; raise database::limits().max_clauses\n" +
                   q + "\n" + std::string(40, ' ') + "^");
  }
  BOOST_TEST(db.query(q)[0][0] == value(std::int64_t{1}));
}
