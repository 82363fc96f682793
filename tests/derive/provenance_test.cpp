// lib/derive/provenance: a derived relationship cites the stored facts its
// definition matched; cite() names them, and a derived type read by another
// passes its citations on.
#define BOOST_TEST_MODULE derive_provenance
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "tests/derive/derive_support.hpp"

using namespace annals;
using namespace annals::testing;

namespace {

void cited_puebla(database& db) {
  db.execute("CREATE (:Person {name: 'Zaragoza', source: 'People', lines: [1]}), "
             "(:Person {name: 'Lorencez', source: 'People', lines: [2]}), "
             "(:Person {name: 'Díaz', source: 'People', lines: [3]}), "
             "(:Battle {name: 'Puebla', source: 'Battles', lines: [10, 11]})");
  db.execute("MATCH (z:Person {name: 'Zaragoza'}), (l:Person {name: 'Lorencez'}), (d:Person {name: 'Díaz'}), (b:Battle) "
             "CREATE (z)-[:COMMANDED {side: 'Republic', source: 'Puebla', lines: [20]}]->(b), "
             "(l)-[:COMMANDED {side: 'France', source: 'Puebla', lines: [21]}]->(b), "
             "(d)-[:ALLY {source: 'Staff', lines: [30]}]->(z)");
}

} // namespace

BOOST_AUTO_TEST_CASE(a_derived_relationship_cites_the_facts_it_comes_from) {
  database db;
  cited_puebla(db);
  db.execute("CREATE DERIVED REL TABLE FOUGHT(FROM Person TO Person) AS "
             "MATCH (a:Person)-[c1:COMMANDED]->(b:Battle)<-[c2:COMMANDED]-(o:Person) WHERE c1.side = 'Republic' "
             "RETURN a, o, b.name AS battle");
  BOOST_TEST(rows_of(db, "MATCH ()-[f:FOUGHT]->() RETURN cite(f), f.citations") ==
             "'People (L1); Puebla (L20); Battles (L10, L11); Puebla (L21); People (L2)'|"
             "['People (L1)', 'Puebla (L20)', 'Battles (L10, L11)', 'Puebla (L21)', 'People (L2)']\n");
}

BOOST_AUTO_TEST_CASE(a_derived_type_read_by_another_passes_its_citations_on) {
  database db;
  cited_puebla(db);
  db.execute("CREATE DERIVED REL TABLE FOUGHT(FROM Person TO Person) AS "
             "MATCH (a:Person)-[c1:COMMANDED]->(b:Battle)<-[c2:COMMANDED]-(o:Person) WHERE c1.side = 'Republic' "
             "RETURN a, o");
  db.execute("CREATE DERIVED REL TABLE FOUGHT_WITH_ALLY(FROM Person TO Person) AS "
             "MATCH (d:Person)-[:ALLY]->(a:Person)-[:FOUGHT]->(o:Person) RETURN d, o");
  BOOST_TEST(rows_of(db, "MATCH ()-[f:FOUGHT_WITH_ALLY]->() RETURN cite(f)") ==
             "'People (L3); Staff (L30); People (L1); Puebla (L20); Battles (L10, L11); Puebla (L21); People (L2)'\n");
}

// An aggregating RETURN (and RETURN DISTINCT) cites every fact of its group.
BOOST_AUTO_TEST_CASE(a_group_cites_all_its_rows) {
  database db;
  cited_puebla(db);
  db.execute("CREATE DERIVED REL TABLE SHARED_BATTLE(FROM Person TO Person) AS "
             "MATCH (a:Person)-[:COMMANDED]->(:Battle)<-[:COMMANDED]-(o:Person) RETURN DISTINCT a, o");
  BOOST_TEST(rows_of(db, "MATCH (a)-[f:SHARED_BATTLE]->(o) RETURN a.name, o.name, cite(f) ORDER BY a.name") ==
             "'Lorencez'|'Zaragoza'|'People (L2); Puebla (L21); Battles (L10, L11); Puebla (L20); People (L1)'\n"
             "'Zaragoza'|'Lorencez'|'People (L1); Puebla (L20); Battles (L10, L11); Puebla (L21); People (L2)'\n");
}
