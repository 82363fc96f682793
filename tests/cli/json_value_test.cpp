// The command line's JSON parameters (cli/json_value.cpp): what they read, and
// the positioned errors for what they refuse.
#define BOOST_TEST_MODULE json parameters
#include <boost/test/unit_test.hpp>

#include "cli/json_value.hpp"

#include <stdexcept>

using namespace annals;
using annals::cli::json_to_value;
using annals::cli::parse_parameter;

namespace {

std::string read(std::string_view text) { return to_cypher(json_to_value(text)); }

std::string refusal(std::string_view text) {
  try {
    json_to_value(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "accepted";
}

} // namespace

BOOST_AUTO_TEST_CASE(values_of_every_json_kind) {
  // Cypher literals show the kind: 1 is an INTEGER, 1.0 a FLOAT.
  BOOST_TEST(read("1806") == "1806");
  BOOST_TEST(read("-2.5e1") == "-25.0");
  BOOST_TEST(read("1.0") == "1.0");
  BOOST_TEST(read(" \"Ju\\u00e1rez\" ") == "'Juárez'");
  BOOST_TEST(read("\"\\ud83d\\ude00\"") == "'😀'");
  BOOST_TEST(read("[1, null, true, {\"k\": []}]") == "[1, null, true, {k: []}]");
  BOOST_TEST(read("-9223372036854775808") == "-9223372036854775808");
  BOOST_TEST(read("1e-400") == "0.0");                     // too small to hold: zero, as a Cypher literal
  BOOST_TEST(json_to_value("\"1806\"").is<std::string>()); // strings stay strings
}

BOOST_AUTO_TEST_CASE(numbers_out_of_range_are_refused_where_they_are) {
  BOOST_TEST(refusal("1e400") == "1:1: SyntaxError: float out of range: 1e400 (a FLOAT lies between "
                                 "-1.7976931348623157e308 and 1.7976931348623157e308)\n1e400\n^");
  BOOST_TEST(refusal("{\"a\":\n  [1, -1e999]}") == "2:7: SyntaxError: float out of range: -1e999 (a FLOAT lies "
                                                   "between -1.7976931348623157e308 and "
                                                   "1.7976931348623157e308)\n  [1, -1e999]}\n      ^");
  BOOST_TEST(refusal("[9223372036854775808]") ==
             "1:2: SyntaxError: integer out of range: 9223372036854775808 (an INTEGER lies between "
             "-9223372036854775808 and 9223372036854775807; write 9223372036854775808.0 for a FLOAT)\n"
             "[9223372036854775808]\n ^");
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_refused_without_recursion) {
  const std::string deep = std::string(18000, '[') + std::string(18000, ']');
  const auto message = refusal(deep);
  BOOST_TEST(message.starts_with("1:1001: SyntaxError: arrays and objects nested deeper than 1000 levels"));
  const std::string deepest_allowed = std::string(1000, '[') + std::string(1000, ']');
  BOOST_TEST(json_to_value(deepest_allowed).is<value_list>());
  const std::string unclosed(200000, '{');
  BOOST_TEST(refusal(unclosed).starts_with("1:2: SyntaxError: unexpected '{', expected a key in double quotes"));
}

BOOST_AUTO_TEST_CASE(malformed_text_is_refused_where_it_is) {
  BOOST_TEST(
      refusal("Juárez") ==
      "1:1: SyntaxError: unexpected 'J', expected a JSON value (strings need double quotes: '\"text\"')\nJuárez\n^");
  BOOST_TEST(refusal("[1,]") == "1:4: SyntaxError: unexpected ']', expected a JSON value (strings need double "
                                "quotes: '\"text\"')\n[1,]\n   ^");
  BOOST_TEST(refusal("[1 2]") == "1:4: SyntaxError: unexpected '2', expected ',' or ']'\n[1 2]\n   ^");
  BOOST_TEST(refusal("{\"a\": 1, \"a\": 2}") ==
             "1:10: SyntaxError: the key \"a\" appears twice in this object\n{\"a\": 1, \"a\": 2}\n         ^");
  BOOST_TEST(refusal("[1, [2") == "1:5: SyntaxError: this array is never closed (expected ',' or ']' at the end of "
                                  "input)\n[1, [2\n    ^");
  BOOST_TEST(refusal("\"a\xFF\"") == "1:3: SyntaxError: invalid UTF-8 (byte 0xFF) inside a string; parameters must "
                                     "be UTF-8 text\n\"a?\"\n  ^");
  BOOST_TEST(refusal("\"\\ud800\"") ==
             "1:2: SyntaxError: \\u escape of a high surrogate without its low surrogate\n\"\\ud800\"\n ^");
  BOOST_TEST(refusal("012") == "1:1: SyntaxError: numbers may not start with 0\n012\n^");
  BOOST_TEST(refusal("1 2") == "1:3: SyntaxError: unexpected '2' after the JSON value\n1 2\n  ^");
  BOOST_TEST(refusal("") == "1:1: SyntaxError: unexpected end of input, expected a JSON value");
}

BOOST_AUTO_TEST_CASE(parameters_are_name_equals_json) {
  const auto [name, v] = parse_parameter("$born=1806");
  BOOST_TEST(name == "born");
  BOOST_TEST(to_cypher(v) == "1806");
  try {
    parse_parameter("x=1e400");
    BOOST_FAIL("1e400 accepted");
  } catch (const std::invalid_argument& e) {
    BOOST_TEST(std::string(e.what()).starts_with("parameter x: 1:1: SyntaxError: float out of range: 1e400"));
  }
  BOOST_CHECK_THROW(parse_parameter("=1"), std::invalid_argument);
}
