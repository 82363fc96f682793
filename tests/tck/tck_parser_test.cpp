// The TCK harness's own parsers: Gherkin feature files (structure, outlines,
// CRLF, tabs, tables) and the TCK value syntax; and the side-effect snapshot.
#define BOOST_TEST_MODULE tck_parser
#include <boost/test/unit_test.hpp>

#include "case_catalog.hpp"
#include "gherkin.hpp"
#include "gherkin_grammar.hpp"
#include "graph_snapshot.hpp"
#include "result_comparison.hpp"
#include "tck_value.hpp"
#include "tck_value_grammar.hpp"
#include "test_case.hpp"
#include "value_conversion.hpp"

#include <annals/database.hpp>

#include <cmath>

#include <tao/pegtl/contrib/analyze.hpp>

using namespace annals::tck;

namespace {

std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string value_text(std::string_view cell, bool unordered = false) {
  return canonical(parse_tck_value(cell), unordered);
}

const char* const simple_feature = R"(#
# licence header
#encoding: utf-8

Feature: Match4 - Match variable length patterns

  @skipStyleCheck
  Scenario: [1] Simple match
    Given an empty graph
    And having executed:
      """
      CREATE (:A {name: 'a'}),
        (:B)
      """
    # a comment between steps
    When executing query:
      """
      MATCH (n) RETURN n.name
      """
    Then the result should be, in any order:
      | n.name |
      | 'a'    |
      |  null  |
    And no side effects

  Scenario: [2] Empty result
    Given any graph
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then the result should be, in any order:
      | n |
    And no side effects
)";

} // namespace

BOOST_AUTO_TEST_SUITE(grammars)

BOOST_AUTO_TEST_CASE(have_no_loops) {
  BOOST_TEST(tao::pegtl::analyze<gherkin_grammar::feature_file>(0) == 0u);
  BOOST_TEST(tao::pegtl::analyze<value_grammar::cell>(0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(gherkin)

BOOST_AUTO_TEST_CASE(reads_structure_steps_docstrings_and_tables) {
  const auto f = parse_feature(simple_feature);
  BOOST_TEST(f.name == "Match4 - Match variable length patterns");
  BOOST_TEST(f.background.empty());
  BOOST_TEST_REQUIRE(f.scenarios.size() == 2u);
  const auto& s = f.scenarios[0];
  BOOST_TEST(s.name == "[1] Simple match");
  BOOST_TEST(s.line == 8u);
  BOOST_TEST(!s.outline);
  BOOST_TEST(s.tags == std::vector<std::string>{"@skipStyleCheck"});
  BOOST_TEST_REQUIRE(s.steps.size() == 5u);
  BOOST_TEST(s.steps[0].keyword == "Given");
  BOOST_TEST(s.steps[0].text == "an empty graph");
  BOOST_TEST(s.steps[1].keyword == "And");
  BOOST_TEST(s.steps[1].text == "having executed:");
  BOOST_TEST(*s.steps[1].docstring == "CREATE (:A {name: 'a'}),\n  (:B)");
  BOOST_TEST(*s.steps[2].docstring == "MATCH (n) RETURN n.name");
  BOOST_TEST(s.steps[3].text == "the result should be, in any order:");
  const data_table table{{"n.name"}, {"'a'"}, {"null"}};
  BOOST_TEST(*s.steps[3].table == table);
  BOOST_TEST(s.steps[4].text == "no side effects");
  BOOST_TEST(!s.steps[4].table);
  BOOST_TEST(f.scenarios[1].tags.empty());
}

BOOST_AUTO_TEST_CASE(header_only_table_is_one_row) {
  const auto f = parse_feature(simple_feature);
  const data_table header_only{{"n"}};
  BOOST_TEST(*f.scenarios[1].steps[2].table == header_only);
}

BOOST_AUTO_TEST_CASE(crlf_reads_like_lf) {
  const auto lf = parse_feature(simple_feature);
  const auto cr = parse_feature(crlf(simple_feature));
  BOOST_TEST_REQUIRE(cr.scenarios.size() == 2u);
  BOOST_TEST(*cr.scenarios[0].steps[1].docstring == *lf.scenarios[0].steps[1].docstring);
  BOOST_TEST(*cr.scenarios[0].steps[3].table == *lf.scenarios[0].steps[3].table);
  BOOST_TEST(cr.scenarios[0].name == "[1] Simple match");
  BOOST_TEST(cr.scenarios[0].steps[4].text == "no side effects");
}

BOOST_AUTO_TEST_CASE(docstring_indented_with_tabs) {
  const auto f = parse_feature("Feature: F\n"
                               "  Scenario: S\n"
                               "\tWhen executing query:\n"
                               "\t \"\"\"\n"
                               "\t MATCH (n)\n"
                               "\t   WHERE n.x\n"
                               "\n"
                               "\t RETURN n\n"
                               "\t \"\"\"\n");
  BOOST_TEST(*f.scenarios[0].steps[0].docstring == "MATCH (n)\n  WHERE n.x\n\nRETURN n");
}

BOOST_AUTO_TEST_CASE(cells_are_trimmed_and_unescaped) {
  const auto f = parse_feature("Feature: F\n"
                               "Scenario: S\n"
                               "  Then the result should be, in any order:\n"
                               "    |  a\\|b  | 'x\\\\\\\\y' |\t'\\''\t|\n"
                               "    # a comment inside the table\n"
                               "    || 1 |  |\n");
  const data_table table{{"a|b", "'x\\\\y'", "'\\''"}, {"", "1", ""}};
  BOOST_TEST(*f.scenarios[0].steps[0].table == table);
}

BOOST_AUTO_TEST_CASE(background_steps_come_first) {
  const auto f = parse_feature("Feature: F\n"
                               "  Background:\n"
                               "    Given an empty graph\n"
                               "    And having executed:\n"
                               "      \"\"\"\n"
                               "      CREATE ()\n"
                               "      \"\"\"\n"
                               "\n"
                               "  Scenario: [1] S\n"
                               "    When executing query:\n"
                               "      \"\"\"\n"
                               "      RETURN 1\n"
                               "      \"\"\"\n");
  BOOST_TEST(f.background.size() == 2u);
  const auto cases = expand(f, "clauses/match/Match5.feature");
  BOOST_TEST_REQUIRE(cases.size() == 1u);
  BOOST_TEST_REQUIRE(cases[0].steps.size() == 3u);
  BOOST_TEST(cases[0].steps[0].text == "an empty graph");
  BOOST_TEST(*cases[0].steps[1].docstring == "CREATE ()");
  BOOST_TEST(*cases[0].steps[2].docstring == "RETURN 1");
  BOOST_TEST(cases[0].id() == "clauses/match/Match5.feature:1:0");
  BOOST_TEST(cases[0].folder() == "clauses/match");
}

BOOST_AUTO_TEST_CASE(outlines_expand_every_examples_row) {
  const auto f = parse_feature("Feature: F\n"
                               "\n"
                               "  Scenario: [1] Plain\n"
                               "    When executing query:\n"
                               "      \"\"\"\n"
                               "      RETURN 1\n"
                               "      \"\"\"\n"
                               "\n"
                               "  @tagged\n"
                               "  Scenario Outline: [2] Outline #Example: <name>\n"
                               "    And parameters are:\n"
                               "      | p | <value> |\n"
                               "    When executing query:\n"
                               "      \"\"\"\n"
                               "      RETURN <expr> AS x, $p AS <unknown>\n"
                               "      \"\"\"\n"
                               "    Then the result should be, in any order:\n"
                               "      | x        |\n"
                               "      | <result> |\n"
                               "\n"
                               "    Examples:\n"
                               "      | name | expr  | value | result |\n"
                               "      | one  | 1 + 1 | 'a'   | 2      |\n"
                               "      # a comment between rows\n"
                               "      | two  | 'x'   | null  | 'x'    |\n"
                               "\n"
                               "    @more\n"
                               "    Examples:\n"
                               "      | name  | expr | value | result |\n"
                               "      | three | []   | []    | []     |\n");
  BOOST_TEST_REQUIRE(f.scenarios.size() == 2u);
  BOOST_TEST(f.scenarios[1].outline);
  BOOST_TEST(f.scenarios[1].examples.size() == 2u);
  BOOST_TEST(f.scenarios[1].examples[1].tags == std::vector<std::string>{"@more"});
  const auto cases = expand(f, "x/F.feature");
  BOOST_TEST_REQUIRE(cases.size() == 4u);
  BOOST_TEST(cases[0].id() == "x/F.feature:1:0");
  BOOST_TEST(cases[1].id() == "x/F.feature:2:1");
  BOOST_TEST(cases[2].id() == "x/F.feature:2:2");
  BOOST_TEST(cases[3].id() == "x/F.feature:2:3");
  BOOST_TEST(cases[1].name == "[2] Outline #Example: one");
  BOOST_TEST(cases[3].name == "[2] Outline #Example: three");
  BOOST_TEST(*cases[1].steps[1].docstring == "RETURN 1 + 1 AS x, $p AS <unknown>");
  BOOST_TEST(*cases[2].steps[1].docstring == "RETURN 'x' AS x, $p AS <unknown>");
  const data_table params{{"p", "'a'"}};
  BOOST_TEST(*cases[1].steps[0].table == params);
  const data_table result{{"x"}, {"'x'"}};
  BOOST_TEST(*cases[2].steps[2].table == result);
  BOOST_TEST(cases[1].tags == std::vector<std::string>{"@tagged"});
  BOOST_TEST(cases[3].tags == (std::vector<std::string>{"@tagged", "@more"}));
}

BOOST_AUTO_TEST_CASE(substitute_leaves_unknown_placeholders) {
  BOOST_TEST(substitute("a <x> <y> <x>", {"x"}, {"1"}) == "a 1 <y> 1");
  BOOST_TEST(substitute("n.x < 3 AND n.y > 2", {"x"}, {"1"}) == "n.x < 3 AND n.y > 2");
}

BOOST_AUTO_TEST_CASE(errors_name_the_line) {
  try {
    parse_feature("Feature: F\n  Scenario: S\n    When executing query:\n      \"\"\"\n      RETURN 1\n", "f.feature");
    BOOST_FAIL("an unterminated docstring was accepted");
  } catch (const gherkin_error& e) {
    BOOST_TEST(std::string(e.what()) == "f.feature:6:1: unterminated docstring: expected \"\"\"");
  }
  BOOST_CHECK_THROW(parse_feature("Feature: F\n  Scenario: S\n    Whenever\n"), gherkin_error);
  BOOST_CHECK_THROW(parse_feature("Feature: F\n  Scenario: S\n    Then x\n      | a | b\n"), gherkin_error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(values)

BOOST_AUTO_TEST_CASE(scalars) {
  BOOST_TEST(value_text("null") == "null");
  BOOST_TEST(value_text(" true ") == "true");
  BOOST_TEST(value_text("false") == "false");
  BOOST_TEST(value_text("123") == "123");
  BOOST_TEST(value_text("-1") == "-1");
  BOOST_TEST(value_text("-9223372036854775808") == "-9223372036854775808");
  BOOST_TEST(value_text("1.0") == "1.0");
  BOOST_TEST(value_text("-0.5") == "-0.5");
  BOOST_TEST(value_text(".5") == "0.5");
  BOOST_TEST(value_text("1e308") == "1e+308");
  BOOST_TEST(value_text("1.2635418652381264e305") == "1.2635418652381264e+305");
  BOOST_TEST(value_text("NaN") == "NaN");
  BOOST_TEST(value_text("-Infinity") == "-Infinity");
  BOOST_TEST(value_text("-0.0") == "0.0");
  BOOST_TEST(std::get<std::int64_t>(parse_tck_value("42").data) == 42);
  BOOST_TEST(std::get<double>(parse_tck_value("42.0").data) == 42.0);
  BOOST_TEST(value_text("1") != value_text("1.0")); // int and float stay apart
  BOOST_CHECK_THROW(parse_tck_value("99999999999999999999"), value_syntax_error);
}

BOOST_AUTO_TEST_CASE(strings_and_escapes) {
  BOOST_TEST(std::get<std::string>(parse_tck_value("'abc'").data) == "abc");
  BOOST_TEST(std::get<std::string>(parse_tck_value("''").data) == "");
  BOOST_TEST(std::get<std::string>(parse_tck_value(R"('\'')").data) == "'");
  BOOST_TEST(std::get<std::string>(parse_tck_value(R"('a\\bcn5t\'"\\//\\"\'')").data) == R"(a\bcn5t'"\//\"')");
  BOOST_TEST(std::get<std::string>(parse_tck_value(R"('\nFoo\n')").data) == "\nFoo\n");
  BOOST_TEST(std::get<std::string>(parse_tck_value(R"('\u00e9')").data) == "\xC3\xA9");
  BOOST_TEST(std::get<std::string>(parse_tck_value("'a, b]'").data) == "a, b]");
  BOOST_CHECK_THROW(parse_tck_value("'it's'"), value_syntax_error);
}

BOOST_AUTO_TEST_CASE(lists_and_maps) {
  BOOST_TEST(value_text("[1, 'a', null]") == "[1, 'a', null]");
  BOOST_TEST(value_text("[]") == "[]");
  BOOST_TEST(value_text("[[1, 2], [ ]]") == "[[1, 2], []]");
  BOOST_TEST(value_text("{k2: 'x', k: 1}") == "{k: 1, k2: 'x'}");
  BOOST_TEST(value_text("{}") == "{}");
  BOOST_TEST(value_text("{``: null}") == "{``: null}");
  BOOST_TEST(value_text("{`a b`: [1.5]}") == "{`a b`: [1.5]}");
  BOOST_TEST(value_text("{name: {inner: true}}") == "{name: {inner: true}}");
  BOOST_TEST(value_text("[3, 1, [2, 1]]", true) == "[1, 3, [1, 2]]");
  BOOST_TEST(value_text("[3, 1]", false) == "[3, 1]");
}

BOOST_AUTO_TEST_CASE(graph_elements) {
  BOOST_TEST(value_text("()") == "()");
  BOOST_TEST(value_text("(:B:A {name: 'x', age: 3})") == "(:A:B {age: 3, name: 'x'})");
  BOOST_TEST(value_text("({name: 'n0'})") == "({name: 'n0'})");
  BOOST_TEST(value_text("[:T]") == "[:T]");
  BOOST_TEST(value_text("[:T {num: 1}]") == "[:T {num: 1}]");
  BOOST_TEST(value_text("[[:T], [:S {x: 1}]]") == "[[:T], [:S {x: 1}]]");
  BOOST_TEST(value_text("<(:A)-[:T]->(:B)<-[:S]-()>") == "<(:A)-[:T]->(:B)<-[:S]-()>");
  BOOST_TEST(value_text("<()>") == "<()>");
  BOOST_TEST(value_text("[<({time: 20})<-[:T]-({time: 10})>]") == "[<({time: 20})<-[:T]-({time: 10})>]");
  const auto path = std::get<tck_path>(parse_tck_value("<(:A)-[:T]->(:B)<-[:S]-(:C)>").data);
  BOOST_TEST(path.nodes.size() == 3u);
  BOOST_TEST(path.relationships[1].type == "S");
  BOOST_TEST(path.forward == (std::vector<bool>{true, false}));
}

BOOST_AUTO_TEST_CASE(malformed_values_throw) {
  BOOST_CHECK_THROW(parse_tck_value("[1, 2"), value_syntax_error);
  BOOST_CHECK_THROW(parse_tck_value("'open"), value_syntax_error);
  BOOST_CHECK_THROW(parse_tck_value("1 2"), value_syntax_error);
  BOOST_CHECK_THROW(parse_tck_value("(:A"), value_syntax_error);
  BOOST_CHECK_THROW(parse_tck_value("<(:A)-[:T]-(:B)>"), value_syntax_error);
  BOOST_CHECK_THROW(parse_tck_value(""), value_syntax_error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(graph_reading)

BOOST_AUTO_TEST_CASE(results_read_as_tck_values) {
  annals::database db;
  const auto a = db.add_node({"B", "A"}, {{"name", "a"}});
  const auto b = db.add_node({}, {});
  const auto r = db.add_relationship(a, b, "T", {{"w", 1.5}});
  const auto& g = db.graph();
  BOOST_TEST(canonical(to_tck(annals::node_ref{a}, g)) == "(:A:B {name: 'a'})");
  BOOST_TEST(canonical(to_tck(annals::rel_ref{r}, g)) == "[:T {w: 1.5}]");
  BOOST_TEST(canonical(to_tck(annals::path_value{{b, a}, {r}}, g)) == "<()<-[:T {w: 1.5}]-(:A:B {name: 'a'})>");
  BOOST_TEST(canonical(to_tck(annals::value_list{1, 2.0, "x", nullptr}, g)) == "[1, 2.0, 'x', null]");
  BOOST_TEST(canonical(to_tck(annals::value_list{annals::rel_ref{r}}, g)) == value_text("[[:T {w: 1.5}]]"));
  BOOST_TEST(canonical(to_tck(*annals::partial_date::parse("1910-05-06"), g)) == "'1910-05-06'");
  BOOST_TEST(canonical(to_tck(*annals::partial_date::parse("1864-03"), g)) == "'1864-03'");
}

BOOST_AUTO_TEST_CASE(side_effects_count_entities_labels_and_property_triples) {
  annals::database db;
  auto& g = db.graph();
  const auto a = db.add_node({"A"}, {{"x", 1}});
  const auto b = db.add_node({"A", "B"}, {});
  db.add_relationship(a, b, "T", {});
  const auto before = take_snapshot(g);
  BOOST_TEST(difference(before, take_snapshot(g)).empty());

  g.set_property(a, "x", 2);       // -1 +1
  g.set_property(b, "y", "new");   // +1
  g.add_label(a, "C");             // +1 label
  g.remove_label(b, "B");          // B disappears: -1 label
  db.add_node({"A"}, {});          // +1 node, no new label
  const side_effects expected{{"+nodes", 1}, {"+labels", 1}, {"-labels", 1}, {"+properties", 2}, {"-properties", 1}};
  BOOST_TEST(to_string(difference(before, take_snapshot(g))) == to_string(expected));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(result_tables)

BOOST_AUTO_TEST_CASE(rows_as_multiset_or_sequence) {
  annals::database db;
  const auto& g = db.graph();
  const annals::result r({"a", "b"}, {{1, "x"}, {2, "y"}, {1, "x"}});
  const data_table any_order{{"a", "b"}, {"2", "'y'"}, {"1", "'x'"}, {"1", "'x'"}};
  BOOST_TEST(!compare_result(r, g, any_order, {}));
  BOOST_TEST(compare_result(r, g, any_order, {true, false}).has_value());
  const data_table in_order{{"a", "b"}, {"1", "'x'"}, {"2", "'y'"}, {"1", "'x'"}};
  BOOST_TEST(!compare_result(r, g, in_order, {true, false}));
  const data_table missing_duplicate{{"a", "b"}, {"1", "'x'"}, {"2", "'y'"}};
  BOOST_TEST(compare_result(r, g, missing_duplicate, {})->starts_with("expected 2 rows, got 3"));
  const data_table other_columns{{"a", "c"}, {"1", "'x'"}};
  BOOST_TEST(compare_result(r, g, other_columns, {})->starts_with("columns differ"));
  const data_table swapped_columns{{"b", "a"}, {"'x'", "1"}, {"'y'", "2"}, {"'x'", "1"}};
  BOOST_TEST(compare_result(r, g, swapped_columns, {})->starts_with("columns differ"));
}

BOOST_AUTO_TEST_CASE(header_only_means_no_rows) {
  annals::database db;
  const data_table header_only{{"n"}};
  BOOST_TEST(!compare_result(annals::result({"n"}, {}), db.graph(), header_only, {}));
  BOOST_TEST(compare_result(annals::result({"n"}, {{1}}), db.graph(), header_only, {}).has_value());
}

BOOST_AUTO_TEST_CASE(numbers_nan_and_lists) {
  annals::database db;
  const auto& g = db.graph();
  const data_table one{{"x"}, {"1"}};
  const data_table one_float{{"x"}, {"1.0"}};
  BOOST_TEST(!compare_result(annals::result({"x"}, {{1}}), g, one, {}));
  BOOST_TEST(compare_result(annals::result({"x"}, {{1.0}}), g, one, {}).has_value());
  BOOST_TEST(!compare_result(annals::result({"x"}, {{1.0}}), g, one_float, {}));
  const data_table nan{{"x"}, {"NaN"}};
  BOOST_TEST(!compare_result(annals::result({"x"}, {{std::nan("")}}), g, nan, {}));
  const data_table big{{"x"}, {"1e308"}};
  BOOST_TEST(!compare_result(annals::result({"x"}, {{1e308}}), g, big, {}));
  const data_table list{{"x"}, {"[2, 1]"}};
  const annals::result r({"x"}, {{annals::value_list{1, 2}}});
  BOOST_TEST(compare_result(r, g, list, {}).has_value());
  BOOST_TEST(!compare_result(r, g, list, {false, true}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(shared_tck)

// Every in-scope feature file parses, expands to its 2,893 cases (2,841 and
// clauses/call's 52), and every cell of a result, parameter or procedure
// table is a TCK value.
BOOST_AUTO_TEST_CASE(all_in_scope_cases_parse) {
  const auto cases = load_cases(std::filesystem::path(ANNALS_SHARED_DIR) / "tck" / "features");
  BOOST_TEST(cases.size() == 2893u);
  std::size_t cells = 0;
  for (const auto& c : cases)
    for (const auto& s : c.steps) {
      if (!s.table || s.text.find("side effects") != std::string::npos) continue;
      const bool parameters = s.text == "parameters are:";
      for (std::size_t r = parameters ? 0 : 1; r < s.table->size(); ++r)
        for (std::size_t i = parameters ? 1 : 0; i < (*s.table)[r].size(); ++i) {
          ++cells;
          BOOST_CHECK_NO_THROW(parse_tck_value((*s.table)[r][i]));
        }
    }
  BOOST_TEST(cells == 5221u);
}

BOOST_AUTO_TEST_SUITE_END()
