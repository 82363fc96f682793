// Text -> AST: the shapes the parser builds, and its syntax errors with
// their exact positions and messages.
#define BOOST_TEST_MODULE parser
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "parser/parser.hpp"

using namespace annals;

namespace {

std::string syntax_error_of(const std::string& text) {
  try {
    parser::parse_statement(text);
  } catch (const syntax_error& e) {
    return e.describe();
  }
  return "(no error)";
}

} // namespace

BOOST_AUTO_TEST_CASE(match_return_shape) {
  auto s = parser::parse_statement("MATCH (a:Person {name: 'X'})-[r:LED*1..2]->(f) WHERE f.camp = 'R' RETURN a.name AS n, count(*)");
  BOOST_TEST(s.query.parts.size() == 1u);
  const auto& clauses = s.query.parts[0].clauses;
  BOOST_REQUIRE(clauses.size() == 2u);
  const auto& m = clauses[0].match;
  BOOST_REQUIRE(m.pattern.size() == 1u);
  BOOST_TEST(m.pattern[0].nodes[0].variable == "a");
  BOOST_TEST(m.pattern[0].nodes[0].labels == std::vector<std::string>{"Person"});
  BOOST_TEST(m.pattern[0].rels[0].types == std::vector<std::string>{"LED"});
  BOOST_TEST(m.pattern[0].rels[0].variable_length);
  BOOST_TEST(*m.pattern[0].rels[0].min_hops == 1);
  BOOST_TEST(*m.pattern[0].rels[0].max_hops == 2);
  BOOST_TEST((m.pattern[0].rels[0].dir == ast::direction::outgoing));
  BOOST_TEST(m.where->text == "f.camp = 'R'");
  const auto& ret = clauses[1].projection;
  BOOST_TEST(ret.items[0].alias == "n");
  BOOST_TEST(ret.items[1].alias == "count(*)");
}

BOOST_AUTO_TEST_CASE(column_names_keep_the_source_text) {
  auto s = parser::parse_statement("RETURN 1 + 2 * 3, a.b[0], NOT x , toUpper( 'a' )");
  const auto& items = s.query.parts[0].clauses[0].projection.items;
  BOOST_TEST(items[0].alias == "1 + 2 * 3");
  BOOST_TEST(items[1].alias == "a.b[0]");
  BOOST_TEST(items[2].alias == "NOT x");
  BOOST_TEST(items[3].alias == "toUpper( 'a' )");
}

BOOST_AUTO_TEST_CASE(literals_are_decoded) {
  auto s = parser::parse_statement(R"(RETURN 'it\'s\n', 0x10, -9223372036854775808, 1.5e1, [1, 'a'], {k: null})");
  const auto& items = s.query.parts[0].clauses[0].projection.items;
  BOOST_TEST(items[0].expression->literal.as<std::string>() == "it's\n");
  BOOST_TEST(items[1].expression->literal.as<std::int64_t>() == 16);
  BOOST_TEST(items[2].expression->literal.as<std::int64_t>() == std::numeric_limits<std::int64_t>::min());
  BOOST_TEST(items[3].expression->literal.as<double>() == 15.0);
  BOOST_TEST((items[4].expression->kind == ast::expr_kind::list));
  BOOST_TEST((items[5].expression->kind == ast::expr_kind::map));
}

BOOST_AUTO_TEST_CASE(ddl_statements) {
  auto s = parser::parse_statement("CREATE NODE TABLE Person(name STRING, born DATE, aliases STRING[], PRIMARY KEY(name))");
  BOOST_TEST((s.kind == ast::statement_kind::create_node_table));
  BOOST_TEST(s.node_table_def.name == "Person");
  BOOST_TEST(s.node_table_def.primary_key == "name");
  BOOST_REQUIRE(s.node_table_def.columns.size() == 3u);
  BOOST_TEST(s.node_table_def.columns[2].type.to_string() == "STRING[]");
  auto r = parser::parse_statement("CREATE REL TABLE CAPTURED(FROM Faction TO Place, FROM Person TO Place, date DATE)");
  BOOST_TEST(r.rel_table_def.endpoints.size() == 2u);
  BOOST_TEST(r.rel_table_def.endpoints[1].first == "Person");
}

BOOST_AUTO_TEST_CASE(script_splitting_respects_strings_and_comments) {
  const std::string script = "CREATE (:A {s: 'a;b'}); // c;\nMATCH (n) RETURN n /* ; */;\n  ;";
  auto spans = parser::split_script(script);
  BOOST_REQUIRE(spans.size() == 2u);
  BOOST_TEST(script.substr(spans[0].begin, spans[0].end - spans[0].begin) == "CREATE (:A {s: 'a;b'})");
}

BOOST_AUTO_TEST_CASE(syntax_errors_point_at_the_problem) {
  BOOST_TEST(syntax_error_of("MATCH (n RETURN n") ==
             "1:10: SyntaxError: unexpected 'RETURN', expected ':', '{', a parameter or ')'\n"
             "MATCH (n RETURN n\n"
             "         ^");
  BOOST_TEST(syntax_error_of("RETURN 1 +") ==
             "1:11: SyntaxError: unexpected end of input, expected an expression\n"
             "RETURN 1 +\n"
             "          ^");
  BOOST_TEST(syntax_error_of("MATCH (n)\nRETURN n.name AS") ==
             "2:17: SyntaxError: unexpected end of input, expected a variable\n"
             "RETURN n.name AS\n"
             "                ^");
  BOOST_TEST(syntax_error_of("RETURN 9223372036854775808") ==
             "1:8: SyntaxError: integer literal out of range: 9223372036854775808\n"
             "RETURN 9223372036854775808\n"
             "       ^");
  BOOST_TEST(syntax_error_of("CREATE NODE TABLE P(name TEXT, PRIMARY KEY(name))") ==
             "1:26: SyntaxError: unknown type TEXT for column name (expected STRING, INT8 … INT64, UINT8 … UINT64, SERIAL, "
             "FLOAT, DOUBLE, BOOL, DATE, a list like STRING[] or a fixed list like DOUBLE[3])\n"
             "CREATE NODE TABLE P(name TEXT, PRIMARY KEY(name))\n"
             "                         ^");
}

// Nesting counts expressions inside expressions: `RETURN 1` is one level,
// each bracket around it one more. Brackets in strings and comments are text.
BOOST_AUTO_TEST_CASE(nesting_is_limited) {
  const std::string deep = "RETURN " + std::string(1000, '(') + "1" + std::string(1000, ')');
  try {
    parser::parse_statement(deep);
    BOOST_FAIL("expected an error");
  } catch (const syntax_error& e) {
    BOOST_TEST(e.detail() == "NestingTooDeep");
    BOOST_TEST(e.message() ==
               "expressions nested deeper than 200 levels; raise database::limits().max_expression_depth (at most 2000)");
    BOOST_TEST(e.where().column == 208u);
  }
  // The limit is a setting: 1001 levels parse when it allows them, not past its hard maximum.
  BOOST_TEST((parser::parse_statement(deep, {0, deep.size()}, 1001).kind == ast::statement_kind::query));
  BOOST_CHECK_THROW(parser::parse_statement(deep, {0, deep.size()}, 1000), syntax_error);
  const std::string deeper = "RETURN " + std::string(3000, '[') + "1" + std::string(3000, ']');
  try {
    parser::parse_statement(deeper, {0, deeper.size()}, 100000);
    BOOST_FAIL("expected an error");
  } catch (const syntax_error& e) {
    BOOST_TEST(e.message() ==
               "expressions nested deeper than 2000 levels; raise database::limits().max_expression_depth (at most 2000)");
    BOOST_TEST(e.where().column == 2008u);
  }
  std::string chain = "RETURN 1";
  for (int i = 0; i < 5000; ++i) chain += " + 1";
  try {
    parser::parse_statement(chain);
    BOOST_FAIL("expected an error");
  } catch (const syntax_error& e) {
    BOOST_TEST(e.message() ==
               "expressions nested deeper than 200 levels; raise database::limits().max_expression_depth (at most 2000)");
  }
  // Brackets inside strings and comments are not nesting: 5000 of each parse
  // at the default limit, and `*/` inside a string does not end a comment.
  const std::string brackets(5000, '(');
  BOOST_TEST(parser::parse_statement("RETURN '" + brackets + "' AS s").query.parts.size() == 1u);
  BOOST_TEST(parser::parse_statement("RETURN 1 /* " + brackets + " */ AS s").query.parts.size() == 1u);
  BOOST_TEST(parser::parse_statement("RETURN 1 // " + brackets + "\n AS s").query.parts.size() == 1u);
  BOOST_TEST(parser::parse_statement("RETURN `" + brackets + "` AS s").query.parts.size() == 1u);
}

// A comment is whitespace wherever whitespace may be: it is not part of the
// name or text of what it follows.
BOOST_AUTO_TEST_CASE(comments_are_whitespace) {
  auto ret = parser::parse_statement("RETURN 1 // note");
  BOOST_TEST(ret.query.parts[0].clauses[0].projection.items[0].alias == "1");
  ret = parser::parse_statement("RETURN 1 /* a */ + /* b */ 2 /* c */, 'x // y' /* d */");
  BOOST_TEST(ret.query.parts[0].clauses[0].projection.items[0].alias == "1 /* a */ + /* b */ 2");
  BOOST_TEST(ret.query.parts[0].clauses[0].projection.items[1].alias == "'x // y'");
  auto m = parser::parse_statement("MATCH (n:Person /* who */ {name: 'x'} /* c */)-[r:LED /* t */]->(b) RETURN n");
  BOOST_TEST(m.query.parts[0].clauses[0].match.pattern[0].nodes[0].labels == std::vector<std::string>{"Person"});
  BOOST_TEST(m.query.parts[0].clauses[0].match.pattern[0].rels[0].types == std::vector<std::string>{"LED"});
  auto p = parser::parse_statement("MATCH (n) RETURN n.name /* the name */");
  BOOST_TEST(p.query.parts[0].clauses[1].projection.items[0].alias == "n.name");
}
