// After a write, a derived type is computed again only when something it
// reads changed: the labels and types its patterns name (any change at all
// when a pattern names none). A refresh that would fail shows whether one ran.
#define BOOST_TEST_MODULE derive_maintenance
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/derive/derive_support.hpp"

using namespace annals;
using namespace annals::testing;

namespace {

const std::string too_many = "RuntimeError.IntermediateRowsLimit: derived type LINKED holds more than "
                             "max_intermediate_rows (1) relationships; raise database::limits().max_intermediate_rows";

} // namespace

BOOST_AUTO_TEST_CASE(only_types_whose_inputs_changed_are_computed_again) {
  database db;
  db.execute("CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(:P {n: 'c'})");
  db.execute("CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y");
  const std::string q = "MATCH (:P)-[l:LINKED]->(:P) RETURN count(l)";
  query_limits one;
  one.max_intermediate_rows = 1;
  BOOST_TEST(refusal([&] { db.query(q, {}, one); }) == too_many); // computing holds 2
  BOOST_TEST(count_of(db, q) == 2);
  BOOST_TEST(rows_of(db, q, &one) == "2\n"); // up to date: not computed again
  // Writes to what it does not read leave it up to date.
  db.execute("CREATE (:Q {n: 'q'})-[:M]->(:Q {n: 'r'})");
  db.execute("MATCH (q:Q {n: 'q'}) SET q.n = 's'");
  BOOST_TEST(rows_of(db, q, &one) == "2\n");
  // A property of a P node, a K relationship: computed again.
  db.execute("MATCH (a:P {n: 'a'}) SET a.n = 'z'");
  BOOST_TEST(refusal([&] { db.query(q, {}, one); }) == too_many);
  BOOST_TEST(count_of(db, q) == 2);
  db.execute("MATCH (c:P {n: 'c'}) CREATE (c)-[:K]->(:P {n: 'd'})");
  BOOST_TEST(refusal([&] { db.query(q, {}, one); }) == too_many);
  BOOST_TEST(count_of(db, q) == 3);
  // A statement that fails and is rolled back counts as a change.
  BOOST_TEST(refusal([&] { db.query("MATCH (d:P {n: 'd'}) SET d.n = 1 / 0"); }) ==
             "ArithmeticError.DivisionByZero: division by zero in `1 / 0`");
  BOOST_TEST(count_of(db, q) == 3);
}

BOOST_AUTO_TEST_CASE(a_type_over_another_is_computed_again_when_that_one_is) {
  database db;
  db.execute("CREATE (:P {n: 'a'})-[:K]->(:P {n: 'b'})-[:K]->(:P {n: 'c'})");
  db.execute("CREATE DERIVED REL TABLE NEXT(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y");
  db.execute("CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x:P)-[:NEXT]->(:P)-[:NEXT]->(y:P) RETURN x, y");
  const std::string q = "MATCH (:P)-[l:LINKED]->(:P) RETURN count(l)";
  BOOST_TEST(count_of(db, q) == 1);
  db.execute("MATCH (c:P {n: 'c'}) CREATE (c)-[:K]->(:P {n: 'd'})");
  BOOST_TEST(count_of(db, q) == 2);
  query_limits one;
  one.max_intermediate_rows = 1;
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[n:NEXT]->() RETURN count(n)", {}, one); }) == "accepted");
  db.execute("CREATE (:Q)");
  BOOST_TEST(rows_of(db, q, &one) == "2\n");
}
