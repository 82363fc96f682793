// lib/derive/evaluate_derived: declared endpoint labels and column types hold
// on every refresh; a row that breaks them fails the queries that read the
// type, naming the row. Columns not declared get the types their RETURN tells.
#define BOOST_TEST_MODULE derive_typed
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/derive/derive_support.hpp"

using namespace annals;
using namespace annals::testing;

namespace {

void people_and_a_battle(database& db) {
  db.execute("CREATE NODE TABLE P(n STRING, born DATE, PRIMARY KEY(n))");
  db.execute("CREATE NODE TABLE B(n STRING, PRIMARY KEY(n))");
  db.execute("CREATE REL TABLE K(FROM P TO P, FROM P TO B, since INT64)");
  db.execute("CREATE (a:P {n: 'a', born: date('1830')})-[:K {since: 1}]->(:P {n: 'b'}), (a)-[:K {since: 2}]->(:B {n: 'x'})");
}

} // namespace

BOOST_AUTO_TEST_CASE(declared_endpoints_hold_on_every_refresh) {
  database db;
  people_and_a_battle(db);
  db.execute("CREATE DERIVED REL TABLE LINKED(FROM P TO P) AS MATCH (x:P)-[k:K]->(y) RETURN x, y ORDER BY k.since");
  const std::string refused = "SchemaError.DerivedRowRefused: derived type LINKED: row 2 of its query connects "
                              "(:P {n: 'a'}) to (:B {n: 'x'}), but LINKED declares FROM P TO P";
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[l:LINKED]->() RETURN count(l)"); }) == refused);
  // Only its readers fail; once the row is gone it computes.
  BOOST_TEST(count_of(db, "MATCH ()-[k:K]->() RETURN count(k)") == 2);
  db.execute("MATCH (x:B) DETACH DELETE x");
  BOOST_TEST(rows_of(db, "MATCH (x)-[:LINKED]->(y) RETURN x.n, y.n") == "'a'|'b'\n");
  db.execute("MATCH (a:P {n: 'a'}) CREATE (a)-[:K {since: 3}]->(:B {n: 'y'})");
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[l:LINKED]->() RETURN count(l)"); }) ==
             "SchemaError.DerivedRowRefused: derived type LINKED: row 2 of its query connects "
             "(:P {n: 'a'}) to (:B {n: 'y'}), but LINKED declares FROM P TO P");
}

BOOST_AUTO_TEST_CASE(declared_column_types_hold_on_every_refresh) {
  database db;
  people_and_a_battle(db);
  db.execute("CREATE DERIVED REL TABLE NAMED(FROM P TO P, label INT64) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y, y.n AS label");
  BOOST_TEST(refusal([&] { db.query("MATCH ()-[r:NAMED]->() RETURN r.label"); }) ==
             "SchemaError.DerivedRowRefused: derived type NAMED: row 1 of its query gives label the value STRING 'b', "
             "but column NAMED.label is INT64");
}

BOOST_AUTO_TEST_CASE(columns_are_checked_when_defined) {
  database db;
  people_and_a_battle(db);
  BOOST_TEST(refusal([&] {
               db.execute("CREATE DERIVED REL TABLE T(FROM P TO P, weight DOUBLE) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y");
             }) == "SemanticError.DerivedTypeColumns: derived table T declares the column weight, which its query does "
                   "not return");
  BOOST_TEST(refusal([&] {
               db.execute("CREATE DERIVED REL TABLE T(FROM P TO P) AS MATCH (x:P)-[:K]->(y:P) RETURN x, y, 'z' AS citations");
             }) == "SemanticError.DerivedTypeColumns: derived table T cannot return a column named citations: its "
                   "relationships keep there the citations of the facts they come from");
  BOOST_TEST(refusal([&] { db.execute("CREATE DERIVED REL TABLE T(FROM P TO P) AS MATCH (x:P) RETURN x"); }) ==
             "SemanticError.DerivedTypeColumns: the query of a derived type must return the from node and the to node "
             "first");
  BOOST_TEST(db.derived_definitions().empty());
}

// What db.schema() (and the shell's :schema) shows: the columns' real types and the real count.
BOOST_AUTO_TEST_CASE(undeclared_columns_get_the_types_their_return_tells) {
  database db;
  people_and_a_battle(db);
  db.execute("CREATE DERIVED REL TABLE KNOWN(FROM P TO P) AS MATCH (x:P)-[k:K]->(y:P) "
             "RETURN x, y, x.born AS born, k.since AS since, 'told' AS how, x.n + y.n AS both");
  BOOST_TEST(rows_of(db, "CALL db.schema() YIELD name, kind, columns, count WHERE name = 'KNOWN' "
                         "RETURN kind, [c IN columns | c.name + ' ' + c.type] AS columns, count") ==
             "'DERIVED REL TABLE'|['born DATE', 'since INT64', 'how STRING', 'both ANY', 'citations STRING[]']|1\n");
}
