// lib/derive/derived_catalog: derived types are views. Their answers do not
// depend on what was queried before, a statement sees its own writes in them,
// cycles are refused naming the cycle (defined live or brought by a
// snapshot), and computing one runs under the reading query's limits and
// fails only the queries that read it.
#define BOOST_TEST_MODULE derive_views
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "storage/snapshot_io.hpp"
#include "tests/derive/derive_support.hpp"

#include <atomic>
#include <filesystem>
#include <regex>

using namespace annals;
using namespace annals::testing;

namespace {

// a -K-> b -K-> c, and two derived types: one over an untyped pattern, one over K.
void chain(database& db) {
  db.execute("CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(:P {n: 'c'})");
  db.execute("CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x:P)-->(y:P) RETURN x, y");
  db.execute("CREATE DERIVED REL TABLE SKIP_ONE(FROM P TO P) AS MATCH (x:P)-[:K]->()-[:K]->(y:P) RETURN x, y");
}

std::filesystem::path scratch(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("annals-derive-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

// An untyped pattern in a definition reads stored types only: LINKED never
// sees SKIP_ONE's relationships, whether SKIP_ONE was computed before or not.
BOOST_AUTO_TEST_CASE(answers_do_not_depend_on_query_history) {
  database fresh, warmed;
  chain(fresh);
  chain(warmed);
  BOOST_TEST(count_of(warmed, "MATCH ()-[s:SKIP_ONE]->() RETURN count(s)") == 1);
  BOOST_TEST(count_of(warmed, "MATCH ()-[r]->() RETURN count(r)") == 2 + 2 + 1); // K, LINKED, SKIP_ONE
  const std::string q = "MATCH (x)-[:LINKED]->(y) RETURN x.n, y.n ORDER BY x.n";
  BOOST_TEST(rows_of(fresh, q) == "'a'|'b'\n'b'|'c'\n");
  BOOST_TEST(rows_of(warmed, q) == "'a'|'b'\n'b'|'c'\n");
  // And after a write, whatever was read in between.
  for (auto* db : {&fresh, &warmed}) db->execute("MATCH (c:P {n: 'c'}) CREATE (c)-[:K]->(:P {n: 'd'})");
  BOOST_TEST(count_of(warmed, "MATCH ()-[s:SKIP_ONE]->() RETURN count(s)") == 2);
  BOOST_TEST(rows_of(fresh, q) == "'a'|'b'\n'b'|'c'\n'c'|'d'\n");
  BOOST_TEST(rows_of(warmed, q) == "'a'|'b'\n'b'|'c'\n'c'|'d'\n");
}

BOOST_AUTO_TEST_CASE(a_statement_sees_its_own_earlier_writes) {
  database db;
  chain(db);
  BOOST_TEST(rows_of(db, "MATCH (c:P {n: 'c'}) CREATE (c)-[:K]->(:P {n: 'd'}) WITH count(*) AS made "
                         "MATCH (x)-[:SKIP_ONE]->(y) RETURN made, x.n, y.n ORDER BY x.n") ==
             "1|'a'|'c'\n1|'b'|'d'\n");
  // A statement that fails after such a refresh leaves nothing of it behind.
  BOOST_TEST(refusal([&] {
               db.query("MATCH (d:P {n: 'd'}) CREATE (d)-[:K]->(:P {n: 'e'}) WITH count(*) AS made "
                        "MATCH (x)-[:SKIP_ONE]->(y) RETURN x.n, 1 / 0");
             }) == "ArithmeticError.DivisionByZero: division by zero in `1 / 0`");
  BOOST_TEST(rows_of(db, "MATCH (x)-[:SKIP_ONE]->(y) RETURN x.n, y.n ORDER BY x.n") == "'a'|'c'\n'b'|'d'\n");
  BOOST_TEST(count_of(db, "MATCH (p:P) RETURN count(p)") == 4);
}

BOOST_AUTO_TEST_CASE(a_cycle_through_a_forward_reference_is_refused_naming_it) {
  database db;
  db.execute("CREATE DERIVED REL TABLE A(FROM P TO P) AS MATCH (x:P)-[:B]->(y:P) RETURN x, y");
  BOOST_TEST(refusal([&] { db.execute("CREATE DERIVED REL TABLE B(FROM P TO P) AS MATCH (x:P)-[:A]->(y:P) RETURN x, y"); }) ==
             "SemanticError.DerivedTypeCycle: derived types cannot read each other in a cycle: B -> A -> B");
  BOOST_TEST(refusal([&] { db.execute("CREATE DERIVED REL TABLE B(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y"); }) ==
             "SemanticError.DerivedTypeForwardReference: derived type A reads B, which would be defined after it; "
             "define B first (a derived type reads only those defined before it)");
  BOOST_TEST(db.derived_definitions().size() == 1u);
  BOOST_TEST(db.schema().find_rel_table("B") == nullptr);
}

// A snapshot is data: its definitions get the same checks on open.
BOOST_AUTO_TEST_CASE(a_snapshot_whose_definitions_form_a_cycle_does_not_open) {
  database db;
  db.execute("CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})");
  db.execute("CREATE DERIVED REL TABLE A(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y");
  db.execute("CREATE DERIVED REL TABLE B(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y");
  const auto file = scratch("cycle.annals");
  storage::save_snapshot(db.graph(),
                         {{"A", "CREATE DERIVED REL TABLE A(FROM P TO P) AS MATCH (x:P)-[:B]->(y:P) RETURN x, y"},
                          {"B", "CREATE DERIVED REL TABLE B(FROM P TO P) AS MATCH (x:P)-[:A]->(y:P) RETURN x, y"}},
                         file);
  database other;
  const std::string message = refusal([&] { other.open(file); });
  std::filesystem::remove(file);
  BOOST_TEST(std::regex_match(message, std::regex("LoadError\\.BadDerivedType: .*cycle\\.annals: derived type B does not "
                                                  "load: SemanticError: derived types cannot read each other in a "
                                                  "cycle: B -> A -> B \\(at byte [0-9]+\\)")),
             message);
  BOOST_TEST(other.derived_definitions().empty());
}

BOOST_AUTO_TEST_CASE(definitions_come_back_from_a_snapshot_and_are_computed_again) {
  database db;
  chain(db);
  BOOST_TEST(count_of(db, "MATCH ()-[s:SKIP_ONE]->() RETURN count(s)") == 1);
  const auto file = scratch("chain.annals");
  db.save(file);
  database other;
  other.open(file);
  std::filesystem::remove(file);
  BOOST_TEST(other.derived_definitions() == db.derived_definitions());
  BOOST_TEST(rows_of(other, "MATCH (x)-[:SKIP_ONE]->(y) RETURN x.n, y.n") == "'a'|'c'\n");
  BOOST_TEST(rows_of(other, "MATCH (x)-[:LINKED]->(y) RETURN x.n, y.n ORDER BY x.n") == "'a'|'b'\n'b'|'c'\n");
}

// Computing a derived type holds its relationships: max_intermediate_rows of
// the query that reads it bounds them, and the time limit bounds the work.
BOOST_AUTO_TEST_CASE(computing_runs_under_the_reading_querys_limits) {
  database db;
  db.execute("UNWIND range(1, 5) AS i CREATE (:D {i: i})");
  db.execute("MATCH (a:D), (b:D) WHERE a <> b CREATE (a)-[:E]->(b)");
  db.execute("CREATE DERIVED REL TABLE PAIR(FROM D TO D) AS MATCH (a:D)-[:E]->(b:D) RETURN a, b");
  db.execute("CREATE DERIVED REL TABLE WALK(FROM D TO D) AS MATCH (a:D)-[:E*1..8]->(b:D) RETURN a, b");
  query_limits tiny;
  tiny.max_intermediate_rows = 10;
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[p:PAIR]->() RETURN count(p)", {}, tiny); }) ==
             "RuntimeError.IntermediateRowsLimit: derived type PAIR holds more than max_intermediate_rows (10) "
             "relationships; raise database::limits().max_intermediate_rows");
  // The same limits let a query that does not read it run.
  BOOST_TEST(rows_of(db, "MATCH (d:D) RETURN count(d)", &tiny) == "5\n");
  BOOST_TEST(count_of(db, "MATCH ()-[p:PAIR]->() RETURN count(p)") == 20);
  std::atomic<bool> cancelled{true};
  query_limits cancel;
  cancel.cancel = &cancelled;
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[w:WALK]->() RETURN count(w)", {}, cancel); }) ==
             "RuntimeError.Cancelled: query cancelled");
  query_limits quick;
  quick.timeout = std::chrono::milliseconds(1);
  quick.max_intermediate_rows = 100'000'000;
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[w:WALK]->() RETURN count(w)", {}, quick); }) ==
             "RuntimeError.Timeout: query ran longer than the time limit of 1 ms; raise database::limits().timeout");
  BOOST_TEST(count_of(db, "MATCH ()-[p:PAIR]->() RETURN count(p)") == 20);
}
