// Variable-length patterns whose trails nothing reads are answered by a
// breadth-first search (lib/plan/reachability.hpp). The answers must be those
// of trail enumeration: on random multigraphs with self-loops and parallel
// relationships, every bound and direction, each query is compared with the
// same query made to read its trails (which keeps enumeration).
#define BOOST_TEST_MODULE exec_reachability
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"

#include <random>
#include <string>

using namespace annals;

namespace {

std::int64_t count_of(database& db, const std::string& q) { return db.query(q)[0][0].as<std::int64_t>(); }

std::string plan_of(database& db, const std::string& q) { return db.query("EXPLAIN " + q).plan(); }

// n nodes :N {i}, m random :E relationships (self-loops and repeats included), some with w: 1.
void random_graph(database& db, std::mt19937& rng, int n, int m) {
  db.execute("UNWIND range(0, " + std::to_string(n - 1) + ") AS i CREATE (:N {i: i})");
  std::uniform_int_distribution<int> node(0, n - 1), coin(0, 1);
  for (int k = 0; k < m; ++k)
    db.execute("MATCH (a:N {i: " + std::to_string(node(rng)) + "}), (b:N {i: " + std::to_string(node(rng)) +
               "}) CREATE (a)-[:E {w: " + std::to_string(coin(rng)) + "}]->(b)");
}

} // namespace

BOOST_AUTO_TEST_CASE(explain_shows_the_search) {
  database db;
  const std::string q = "MATCH (a:N {i: 0})-[:E*]->(b) RETURN count(DISTINCT b)";
  BOOST_TEST(plan_of(db, q).find("(each end node once, breadth-first)") != std::string::npos, plan_of(db, q));
  // Where the trails matter, they are still enumerated.
  for (const std::string kept : {"MATCH (a:N {i: 0})-[:E*]->(b) RETURN count(b)",
                                 "MATCH (a:N {i: 0})-[r:E*]->(b) RETURN DISTINCT b, size(r)",
                                 "MATCH (a:N {i: 0})-[:E*2..3]->(b) RETURN count(DISTINCT b)",
                                 "MATCH (a:N {i: 0})-[:E*]->(b)-[:E]->(c) RETURN count(DISTINCT c)",
                                 "MATCH (a:N {i: 0})-[:E*]->(b) WITH b LIMIT 3 RETURN count(DISTINCT b)",
                                 "MATCH p = (a:N {i: 0})-[:E*]->(b) RETURN count(DISTINCT b)"})
    BOOST_TEST(plan_of(db, kept).find("breadth-first") == std::string::npos, kept);
}

BOOST_AUTO_TEST_CASE(same_answers_as_trail_enumeration) {
  std::mt19937 rng(20261203);
  const char* patterns[] = {"-[:E{bound}]->", "<-[:E{bound}]-", "-[:E{bound}]-", "-[:E{bound} {w: 1}]-"};
  const char* bounds[] = {"*", "*1..", "*..1", "*..2", "*..3", "*0..", "*0..2", "*1..4"};
  for (int graph = 0; graph < 12; ++graph) {
    database db;
    random_graph(db, rng, 7, 4 + graph);
    for (const std::string pattern : patterns)
      for (const std::string bound : bounds) {
        // The pattern, and the same pattern naming its relationships r.
        std::string p = pattern, named = pattern;
        p.replace(p.find("{bound}"), 7, bound);
        named.replace(named.find("{bound}"), 7, bound);
        named.replace(named.find("[:E"), 3, "[r:E");
        for (int start = 0; start < 7; ++start) {
          const std::string a = "MATCH (a:N {i: " + std::to_string(start) + "})";
          const std::string reach = a + p + "(b) RETURN count(DISTINCT b)";
          const std::string trails = a + named + "(b) WITH b, r RETURN count(DISTINCT b)";
          BOOST_TEST_CONTEXT("graph " << graph << ": " << reach) {
            BOOST_TEST(plan_of(db, reach).find("breadth-first") != std::string::npos);
            BOOST_TEST(plan_of(db, trails).find("breadth-first") == std::string::npos);
            BOOST_TEST(count_of(db, reach) == count_of(db, trails));
          }
        }
      }
    // Existence with both ends bound, and DISTINCT pairs from every start.
    for (const std::string pattern : {"-[:E*]->", "-[:E*]-", "-[:E*..2]-"}) {
      const std::string pairs = "MATCH (a:N)" + pattern + "(b:N) RETURN count(*) AS n";
      const std::string distinct_pairs = "MATCH (a:N)" + pattern + "(b:N) WITH DISTINCT a, b RETURN count(*)";
      std::string named = pattern;
      named.replace(named.find("[:E"), 3, "[r:E");
      const std::string enumerated = "MATCH (a:N)" + named + "(b:N) WITH a, b, r WITH DISTINCT a, b RETURN count(*)";
      BOOST_TEST_CONTEXT("graph " << graph << ": " << distinct_pairs) {
        BOOST_TEST(count_of(db, distinct_pairs) == count_of(db, enumerated));
      }
      const std::string exists = "MATCH (a:N), (b:N) WHERE EXISTS { MATCH (a)" + pattern + "(b) } RETURN count(*)";
      BOOST_TEST_CONTEXT("graph " << graph << ": " << exists) {
        BOOST_TEST(count_of(db, exists) == count_of(db, distinct_pairs));
      }
      (void)pairs;
    }
  }
}

// The natural question that used to enumerate millions of trails: which
// nodes a chain of 30 two-way links reaches. Trail enumeration stops at
// max_path_length; the search has no need to.
BOOST_AUTO_TEST_CASE(long_chains_are_searched_not_enumerated) {
  database db;
  db.execute("UNWIND range(0, 199) AS i CREATE (:N {i: i})");
  db.execute("MATCH (a:N), (b:N) WHERE b.i = a.i + 1 CREATE (a)-[:E]->(b), (b)-[:E]->(a)");
  BOOST_TEST(count_of(db, "MATCH (a:N {i: 0})-[:E*]->(b) RETURN count(DISTINCT b)") == 200);
  BOOST_TEST(count_of(db, "MATCH (a:N {i: 0})-[:E*..10]-(b) RETURN count(DISTINCT b)") == 11);
  BOOST_TEST(count_of(db, "MATCH (a:N {i: 5})-[:E*1..]->(b) WHERE b.i < 5 RETURN count(DISTINCT b)") == 5);
}
