// Values: Cypher literal text, the total order across kinds, and the hash
// that agrees with it.
#define BOOST_TEST_MODULE value
#include <boost/test/unit_test.hpp>

#include "annals/value.hpp"
#include "tests/support/printing.hpp"

#include <cmath>
#include <limits>

using namespace annals;

namespace {

value date(std::string_view text) { return value(*partial_date::parse(text)); }
int sign(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }
int cmp(const value& a, const value& b) { return sign(compare_total(a, b)); }

} // namespace

BOOST_AUTO_TEST_CASE(kinds) {
  BOOST_TEST((value().kind() == value_kind::null));
  BOOST_TEST((value(nullptr).kind() == value_kind::null));
  BOOST_TEST((value(true).kind() == value_kind::boolean));
  BOOST_TEST((value(7).kind() == value_kind::integer));
  BOOST_TEST((value(std::int64_t{7}).kind() == value_kind::integer));
  BOOST_TEST((value(0.5).kind() == value_kind::floating));
  BOOST_TEST((value("x").kind() == value_kind::string));
  BOOST_TEST((date("1864").kind() == value_kind::date));
  BOOST_TEST((value(value_list{}).kind() == value_kind::list));
  BOOST_TEST((value(value_map{}).kind() == value_kind::map));
  BOOST_TEST((value(node_ref{1}).kind() == value_kind::node));
  BOOST_TEST((value(rel_ref{1}).kind() == value_kind::relationship));
  BOOST_TEST((value(path_value{{1}, {}}).kind() == value_kind::path));
  BOOST_TEST(to_string(value_kind::integer) == "INT64");
  BOOST_TEST(to_string(value_kind::date) == "DATE");
  BOOST_TEST(to_string(value_kind::relationship) == "RELATIONSHIP");
}

BOOST_AUTO_TEST_CASE(cypher_text_of_scalars) {
  BOOST_TEST(to_cypher(value()) == "null");
  BOOST_TEST(to_cypher(true) == "true");
  BOOST_TEST(to_cypher(false) == "false");
  BOOST_TEST(to_cypher(42) == "42");
  BOOST_TEST(to_cypher(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
  BOOST_TEST(to_cypher(1.5) == "1.5");
  BOOST_TEST(to_cypher(1.0) == "1.0");
  BOOST_TEST(to_cypher(-0.0) == "-0.0");
  BOOST_TEST(to_cypher(0.1) == "0.1");
  BOOST_TEST(to_cypher(1.0 / 3) == "0.3333333333333333");
  BOOST_TEST(to_cypher(1e20) == "1e+20");
  BOOST_TEST(to_cypher(std::nan("")) == "NaN");
  BOOST_TEST(to_cypher(-std::numeric_limits<double>::infinity()) == "-Infinity");
  BOOST_TEST(to_cypher("Juárez") == "'Juárez'");
  BOOST_TEST(to_cypher("it's a \\ \"test\"\n\t") == R"('it\'s a \\ "test"\n\t')");
  BOOST_TEST(to_cypher(date("1864-09")) == "1864-09");
}

BOOST_AUTO_TEST_CASE(cypher_text_of_composites) {
  BOOST_TEST(to_cypher(value_list{1, "a", value(), value_list{}}) == "[1, 'a', null, []]");
  BOOST_TEST(to_cypher(value_map{{"b", 2}, {"a", "x"}}) == "{a: 'x', b: 2}");
  BOOST_TEST(to_cypher(value_map{}) == "{}");
  BOOST_TEST(to_cypher(node_ref{3}) == "node(3)");
  BOOST_TEST(to_cypher(rel_ref{4}) == "relationship(4)");
  BOOST_TEST(to_cypher(path_value{{1, 2}, {7}}) == "path(1,2)");
}

BOOST_AUTO_TEST_CASE(doubles_read_back_exactly) {
  for (double d : {0.1, 0.2 + 0.1, 1e-300, 123456789.123, 2.0 / 3, -1e15, 5e-324})
    BOOST_TEST(std::strtod(format_double(d).c_str(), nullptr) == d);
}

BOOST_AUTO_TEST_CASE(structural_equality) {
  BOOST_TEST((value(1) == value(1)));
  BOOST_TEST(!(value(1) == value(1.0)));
  BOOST_TEST((value() == value()));
  BOOST_TEST((value(value_list{1, "a"}) == value(value_list{1, "a"})));
  BOOST_TEST(!(date("1864") == date("1864-01")));
}

BOOST_AUTO_TEST_CASE(order_across_kinds) {
  // Cypher orderability: maps, nodes, relationships, lists, paths, dates, strings, booleans, numbers, null.
  const std::vector<value> ascending{value_map{{"a", 1}},
                                     node_ref{0},
                                     rel_ref{0},
                                     value_list{1},
                                     path_value{{0}, {}},
                                     date("1864"),
                                     "a",
                                     false,
                                     1,
                                     value()};
  for (std::size_t i = 0; i < ascending.size(); ++i)
    for (std::size_t j = 0; j < ascending.size(); ++j)
      BOOST_TEST(cmp(ascending[i], ascending[j]) == (i < j ? -1 : (i > j ? 1 : 0)),
                 to_cypher(ascending[i]) << " vs " << to_cypher(ascending[j]));
}

BOOST_AUTO_TEST_CASE(order_within_kinds) {
  BOOST_TEST(cmp(false, true) == -1);
  BOOST_TEST(cmp("a", "b") == -1);
  BOOST_TEST(cmp("b", "ab") == 1);
  BOOST_TEST(cmp("", "a") == -1);
  BOOST_TEST(cmp(date("1864"), date("1864-01")) == -1);
  BOOST_TEST(cmp(date("1864-01-02"), date("1864-02")) == -1);
  BOOST_TEST(cmp(value_list{1, 2}, value_list{1, 3}) == -1);
  BOOST_TEST(cmp(value_list{1}, value_list{1, 0}) == -1);
  BOOST_TEST(cmp(value_list{2}, value_list{1, 0}) == 1);
  BOOST_TEST(cmp(value_map{{"a", 1}}, value_map{{"a", 2}}) == -1);
  BOOST_TEST(cmp(value_map{{"a", 1}}, value_map{{"b", 0}}) == -1);
  BOOST_TEST(cmp(node_ref{2}, node_ref{10}) == -1);
  BOOST_TEST(cmp(path_value{{1, 2}, {0}}, path_value{{1, 3}, {0}}) == -1);
}

BOOST_AUTO_TEST_CASE(order_of_numbers) {
  const double inf = std::numeric_limits<double>::infinity();
  BOOST_TEST(cmp(1, 1.0) == 0);
  BOOST_TEST(cmp(1, 1.5) == -1);
  BOOST_TEST(cmp(2.5, 2) == 1);
  BOOST_TEST(cmp(-inf, std::numeric_limits<std::int64_t>::min()) == -1);
  BOOST_TEST(cmp(inf, std::numeric_limits<std::int64_t>::max()) == 1);
  BOOST_TEST(cmp(std::nan(""), inf) == 1); // NaN above every number
  BOOST_TEST(cmp(std::nan(""), std::nan("")) == 0);
  BOOST_TEST(cmp(0.0, -0.0) == 0);
  // 2^53 + 1 has no double; it must not compare equal to 2^53.
  BOOST_TEST(cmp(std::int64_t{9007199254740993}, 9007199254740992.0) == 1);
  BOOST_TEST(cmp(9007199254740992.0, std::int64_t{9007199254740993}) == -1);
  BOOST_TEST(cmp(std::numeric_limits<std::int64_t>::max(), 9.2233720368547758e18) == -1);
}

BOOST_AUTO_TEST_CASE(hash_agrees_with_equivalence) {
  const value_hash h;
  const value_equivalent eq;
  const std::vector<std::pair<value, value>> equivalent{
      {1, 1.0},
      {0.0, -0.0},
      {"Juárez", "Juárez"},
      {date("1864-03"), date("1864-03")},
      {value_list{1, 2}, value_list{1.0, 2}},
      {value_map{{"a", 1}}, value_map{{"a", 1.0}}},
      {value(), value()},
      {node_ref{5}, node_ref{5}},
  };
  for (const auto& [a, b] : equivalent) {
    BOOST_TEST(eq(a, b), to_cypher(a) << " vs " << to_cypher(b));
    BOOST_TEST(h(a) == h(b), to_cypher(a) << " vs " << to_cypher(b));
  }
  BOOST_TEST(!eq(date("1864"), date("1864-01")));
  BOOST_TEST(!eq(1, "1"));
  BOOST_TEST(h(date("1864")) != h(date("1864-01"))); // same first day, other precision
  BOOST_TEST(h("a") != h("b"));
}
