// SYMMETRIC derived types: one relationship per unordered pair (and set of
// property values), matched by a directed pattern from either end and once
// per end by an undirected one; BGL views, projections and exports see one edge.
#define BOOST_TEST_MODULE derive_symmetric
#include <boost/test/unit_test.hpp>

#include "annals/bgl_view.hpp"
#include "annals/database.hpp"
#include "annals/export.hpp"
#include "tests/derive/derive_support.hpp"

#include <sstream>

using namespace annals;
using namespace annals::testing;

namespace {

// Zaragoza and Díaz for the Republic against Lorencez, at Puebla.
void puebla(database& db) {
  db.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))");
  db.execute("CREATE NODE TABLE Battle(name STRING, PRIMARY KEY(name))");
  db.execute("CREATE REL TABLE COMMANDED(FROM Person TO Battle, side STRING)");
  db.execute("CREATE (:Person {name: 'Zaragoza'}), (:Person {name: 'Lorencez'}), (:Person {name: 'Díaz'}), "
             "(:Battle {name: 'Puebla'})");
  db.execute("MATCH (z:Person {name: 'Zaragoza'}), (l:Person {name: 'Lorencez'}), (d:Person {name: 'Díaz'}), "
             "(b:Battle) CREATE (z)-[:COMMANDED {side: 'Republic'}]->(b), (d)-[:COMMANDED {side: 'Republic'}]->(b), "
             "(l)-[:COMMANDED {side: 'France'}]->(b)");
  db.execute("CREATE DERIVED REL TABLE FOUGHT(FROM Person TO Person, SYMMETRIC) AS "
             "MATCH (a:Person)-[c1:COMMANDED]->(b:Battle)<-[c2:COMMANDED]-(o:Person) WHERE c1.side <> c2.side "
             "RETURN a, o, b.name AS battle");
}

} // namespace

BOOST_AUTO_TEST_CASE(one_relationship_per_pair) {
  database db;
  puebla(db);
  BOOST_TEST(count_of(db, "MATCH ()-[f:FOUGHT]-() RETURN count(DISTINCT f)") == 2);
  BOOST_TEST(num_edges(bgl_view(db, {"FOUGHT"})) == 2u);
  BOOST_TEST(rows_of(db, "CALL db.schema() YIELD name, count WHERE name = 'FOUGHT' RETURN count") == "2\n");
}

BOOST_AUTO_TEST_CASE(a_directed_pattern_matches_from_either_end) {
  database db;
  puebla(db);
  BOOST_TEST(rows_of(db, "MATCH (l:Person {name: 'Lorencez'})-[f:FOUGHT]->(o) RETURN o.name, f.battle ORDER BY o.name") ==
             "'Díaz'|'Puebla'\n'Zaragoza'|'Puebla'\n");
  BOOST_TEST(rows_of(db, "MATCH (z:Person {name: 'Zaragoza'})-[:FOUGHT]->(o) RETURN o.name") == "'Lorencez'\n");
  BOOST_TEST(rows_of(db, "MATCH (z:Person {name: 'Zaragoza'})<-[:FOUGHT]-(o) RETURN o.name") == "'Lorencez'\n");
  BOOST_TEST(rows_of(db, "MATCH (l:Person {name: 'Lorencez'})<-[:FOUGHT]-(o) RETURN o.name ORDER BY o.name") ==
             "'Díaz'\n'Zaragoza'\n");
  BOOST_TEST(count_of(db, "MATCH ()-[f:FOUGHT]->() RETURN count(f)") == 4);
  BOOST_TEST(count_of(db, "MATCH (z:Person {name: 'Zaragoza'})-[:FOUGHT*2]->(d:Person {name: 'Díaz'}) RETURN count(*)") ==
             1);
}

BOOST_AUTO_TEST_CASE(an_undirected_pattern_matches_each_opponent_once) {
  database db;
  puebla(db);
  BOOST_TEST(rows_of(db, "MATCH (l:Person {name: 'Lorencez'})-[:FOUGHT]-(o) RETURN o.name ORDER BY o.name") ==
             "'Díaz'\n'Zaragoza'\n");
  BOOST_TEST(count_of(db, "MATCH ()-[f:FOUGHT]-() RETURN count(f)") == 4); // each relationship from both ends
  BOOST_TEST(count_of(db, "MATCH p = allShortestPaths((z:Person {name: 'Zaragoza'})-[:FOUGHT*]-(d:Person {name: 'Díaz'})) "
                          "RETURN count(p)") == 1);
}

BOOST_AUTO_TEST_CASE(projections_and_exports_see_one_edge) {
  database db;
  puebla(db);
  BOOST_TEST(rows_of(db, "CALL algo.degree({labels: ['Person'], types: ['FOUGHT']}) YIELD node, score "
                         "RETURN node.name, score ORDER BY node.name") ==
             "'Díaz'|1.0\n'Lorencez'|2.0\n'Zaragoza'|1.0\n");
  BOOST_TEST(rows_of(db, "CALL algo.degree({labels: ['Person'], types: ['FOUGHT'], direction: 'undirected'}) "
                         "YIELD node, score RETURN node.name, score ORDER BY node.name") ==
             "'Díaz'|1.0\n'Lorencez'|2.0\n'Zaragoza'|1.0\n");
  db.refresh_derived();
  std::ostringstream out;
  write_cypher(out, db.graph(), whole_graph(db.graph()), cypher_dialect::neo4j);
  const std::string script = out.str();
  std::size_t fought = 0;
  for (auto at = script.find(":FOUGHT"); at != std::string::npos; at = script.find(":FOUGHT", at + 1)) ++fought;
  BOOST_TEST(fought == 2u);
}

BOOST_AUTO_TEST_CASE(rows_differing_in_a_property_stay_apart) {
  database db;
  puebla(db);
  db.execute("CREATE (:Battle {name: 'Cumbres'})");
  db.execute("MATCH (z:Person {name: 'Zaragoza'}), (l:Person {name: 'Lorencez'}), (b:Battle {name: 'Cumbres'}) "
             "CREATE (z)-[:COMMANDED {side: 'Republic'}]->(b), (l)-[:COMMANDED {side: 'France'}]->(b)");
  BOOST_TEST(rows_of(db, "MATCH (z:Person {name: 'Zaragoza'})-[f:FOUGHT]-(o) RETURN o.name, f.battle ORDER BY f.battle") ==
             "'Lorencez'|'Cumbres'\n'Lorencez'|'Puebla'\n");
  BOOST_TEST(count_of(db, "MATCH ()-[f:FOUGHT]-() RETURN count(DISTINCT f)") == 3);
}
