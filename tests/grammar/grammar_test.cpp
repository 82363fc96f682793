// The grammar itself: no loops PEGTL can detect, the .peg listing in step
// with the PEGTL rules, and each rule accepting and refusing what it should.
#define BOOST_TEST_MODULE grammar
#include <boost/test/unit_test.hpp>

#include "annals/grammar/cypher.hpp"

#include <tao/pegtl/contrib/analyze.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace g = annals::grammar;
namespace pegtl = tao::pegtl;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::set<std::string> matches(const std::string& text, const std::regex& re) {
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  return out;
}

template <class Rule> bool accepts(const std::string& text) {
  pegtl::memory_input in(text, "test");
  try {
    return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
  } catch (const pegtl::parse_error&) {
    return false;
  }
}

} // namespace

BOOST_AUTO_TEST_CASE(grammar_has_no_loops) {
  BOOST_TEST(pegtl::analyze<g::statement>(1) == 0u);
}

BOOST_AUTO_TEST_CASE(peg_listing_names_every_rule) {
  const std::string dir = std::string(ANNALS_SOURCE_DIR) + "/grammar/";
  std::string headers;
  for (const char* f : {"lexical", "expression", "pattern", "call", "clause", "statement"})
    headers += slurp(dir + "annals/grammar/" + f + ".hpp");
  std::set<std::string> in_cpp = matches(headers, std::regex(R"(\nstruct (\w+)\s*:)"));
  for (const auto& k : matches(headers, std::regex(R"(ANNALS_KEYWORD\((\w+),)"))) in_cpp.insert(k);
  in_cpp.erase("rule_name"); // the keyword macro's parameter
  const std::set<std::string> in_peg = matches("\n" + slurp(dir + "annals.peg"), std::regex(R"(\n(\w+) <-)"));
  BOOST_TEST(in_cpp.size() > 150u);
  std::vector<std::string> only_cpp, only_peg;
  std::set_difference(in_cpp.begin(), in_cpp.end(), in_peg.begin(), in_peg.end(), std::back_inserter(only_cpp));
  std::set_difference(in_peg.begin(), in_peg.end(), in_cpp.begin(), in_cpp.end(), std::back_inserter(only_peg));
  for (const auto& n : only_cpp) BOOST_ERROR("rule " << n << " is missing from annals.peg");
  for (const auto& n : only_peg) BOOST_ERROR("annals.peg lists " << n << ", which the PEGTL grammar does not have");
}

BOOST_AUTO_TEST_CASE(keywords_are_case_insensitive_and_whole_words) {
  BOOST_TEST(accepts<g::kw_match>("MATCH"));
  BOOST_TEST(accepts<g::kw_match>("match "));
  BOOST_TEST(accepts<g::kw_match>("MaTcH"));
  BOOST_TEST(!accepts<g::kw_match>("matches"));
  BOOST_TEST(accepts<g::kw_shortest_path>("shortestPath"));
}

BOOST_AUTO_TEST_CASE(names_and_variables) {
  BOOST_TEST(accepts<g::variable>("juarez"));
  BOOST_TEST(accepts<g::variable>("Juárez"));
  BOOST_TEST(accepts<g::variable>("`a b`"));
  BOOST_TEST(accepts<g::variable>("`a``b`"));
  BOOST_TEST(!accepts<g::variable>("MATCH"));
  BOOST_TEST(!accepts<g::variable>("1a"));
  BOOST_TEST(accepts<g::name>("MATCH")); // reserved words may name properties and labels
}

BOOST_AUTO_TEST_CASE(literals) {
  BOOST_TEST(accepts<g::number_literal>("42"));
  BOOST_TEST(accepts<g::number_literal>("0x1F"));
  BOOST_TEST(accepts<g::number_literal>("0o17"));
  BOOST_TEST(accepts<g::number_literal>("1.5e-3"));
  BOOST_TEST(accepts<g::number_literal>(".5"));
  BOOST_TEST(!accepts<g::number_literal>("1abc"));
  BOOST_TEST(!accepts<g::number_literal>("1."));
  BOOST_TEST(accepts<g::string_literal>("'it\\'s'"));
  BOOST_TEST(accepts<g::string_literal>("\"double\""));
  BOOST_TEST(!accepts<g::string_literal>("'open"));
  BOOST_TEST(accepts<g::parameter>("$name"));
  BOOST_TEST(accepts<g::parameter>("$0"));
  BOOST_TEST(accepts<g::map_literal>("{a: 1, `b c`: [1, 2]}"));
  BOOST_TEST(!accepts<g::map_literal>("{a 1}"));
}

BOOST_AUTO_TEST_CASE(expressions) {
  BOOST_TEST(accepts<g::expression>("1 + 2 * 3"));
  BOOST_TEST(accepts<g::expression>("a.b.c[1..2]"));
  BOOST_TEST(accepts<g::expression>("n:Person:Faction"));
  BOOST_TEST(accepts<g::expression>("x IS NOT NULL AND y STARTS WITH 'a'"));
  BOOST_TEST(accepts<g::expression>("CASE WHEN x THEN 1 ELSE 2 END"));
  BOOST_TEST(accepts<g::expression>("[x IN list WHERE x > 1 | x * 2]"));
  BOOST_TEST(accepts<g::expression>("[(a)-->(b) | b.name]"));
  BOOST_TEST(accepts<g::expression>("all(x IN l WHERE x > 0)"));
  BOOST_TEST(accepts<g::expression>("EXISTS { (a)-[:T]->() }"));
  BOOST_TEST(accepts<g::expression>("count(DISTINCT x)"));
  BOOST_TEST(accepts<g::expression>("count(*)"));
  BOOST_TEST(accepts<g::expression>("(a)-[:KNOWS]->()"));
  BOOST_TEST(!accepts<g::expression>("1 +"));
  BOOST_TEST(!accepts<g::expression>("(1"));
}

BOOST_AUTO_TEST_CASE(patterns) {
  BOOST_TEST(accepts<g::pattern>("(a:Person {name: 'x'})-[r:A|B*1..3]->(b), (c)"));
  BOOST_TEST(accepts<g::pattern>("p = shortestPath((a)-[*]-(b))"));
  BOOST_TEST(accepts<g::pattern>("(a)<--(b)--(c)"));
  BOOST_TEST(accepts<g::rel_pattern>("-[*2]->"));
  BOOST_TEST(accepts<g::rel_pattern>("<-[:T*..5]-"));
  BOOST_TEST(!accepts<g::pattern>("(a)-[r"));
  BOOST_TEST(!accepts<g::pattern>("(a)->(b)"));
}

BOOST_AUTO_TEST_CASE(statements) {
  BOOST_TEST(accepts<g::statement>("MATCH (n) RETURN n"));
  BOOST_TEST(accepts<g::statement>("MATCH (n) AS OF date('1864') WHERE n.x = 1 RETURN n;"));
  BOOST_TEST(accepts<g::statement>("EXPLAIN MATCH (n) RETURN n ORDER BY n.x DESC SKIP 1 LIMIT 2"));
  BOOST_TEST(accepts<g::statement>("MATCH (a) RETURN a UNION ALL MATCH (b) RETURN b"));
  BOOST_TEST(accepts<g::statement>("CREATE NODE TABLE Person(name STRING, born DATE, PRIMARY KEY(name))"));
  BOOST_TEST(accepts<g::statement>("CREATE REL TABLE C(FROM Person TO Battle, FROM Faction TO Battle, side STRING)"));
  BOOST_TEST(accepts<g::statement>("CREATE DERIVED REL TABLE F(FROM P TO P) AS MATCH (a)-->(b) RETURN a, b"));
  BOOST_TEST(accepts<g::statement>("DROP TABLE Person"));
  BOOST_TEST(accepts<g::statement>("MERGE (a:A {k: 1}) ON CREATE SET a.n = 1 ON MATCH SET a.n = a.n + 1"));
  BOOST_TEST(accepts<g::statement>("MATCH (n) DETACH DELETE n"));
  BOOST_TEST(accepts<g::statement>("// comment\nMATCH /* inline */ (n) RETURN n"));
  BOOST_TEST(accepts<g::statement>("CALL db.labels"));
  BOOST_TEST(accepts<g::statement>(
      "CALL algo.pagerank({types: ['FOUGHT_AGAINST']}) YIELD node, score AS s WHERE s > 0.1 RETURN node"));
  BOOST_TEST(accepts<g::statement>("MATCH (n) CALL test.doNothing() RETURN n"));
  BOOST_TEST(accepts<g::statement>("CALL test.my.proc('a', 1) YIELD *"));
  BOOST_TEST(!accepts<g::statement>("CALL YIELD x"));
  BOOST_TEST(!accepts<g::statement>("CALL p() YIELD"));
  BOOST_TEST(!accepts<g::statement>("MATCH (n) RETURN"));
  BOOST_TEST(!accepts<g::statement>("RETURN 1 RETURN 2 garbage"));
  BOOST_TEST(!accepts<g::statement>("CREATE NODE TABLE (name STRING)"));
}
