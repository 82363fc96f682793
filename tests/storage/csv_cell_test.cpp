// CSV cells to values: each declared type, the guesses for undeclared
// columns, both list forms, and the reasons given for bad cells.
#define BOOST_TEST_MODULE csv_cell
#include <boost/test/unit_test.hpp>

#include "storage/csv_cell.hpp"
#include "tests/support/printing.hpp"

#include <cmath>

using namespace annals;

namespace {

// The value of a cell, or "error: why".
std::string cell(std::string_view text, std::string_view type = "", bool quoted = false) {
  const data_type t = type.empty() ? data_type{} : *data_type::parse(type);
  value v;
  std::string why;
  if (!storage::parse_cell(text, quoted, t, ';', v, why)) return "error: " + why;
  return std::string(to_string(v.kind())) + " " + to_cypher(v);
}

} // namespace

BOOST_AUTO_TEST_CASE(declared_scalars) {
  BOOST_TEST(cell("42", "INT64") == "INT64 42");
  BOOST_TEST(cell("-9223372036854775808", "INT64") == "INT64 -9223372036854775808");
  BOOST_TEST(cell("9223372036854775808", "INT64") == "error: '9223372036854775808' is out of range for INT64");
  BOOST_TEST(cell("+1", "INT64") == "error: bad INT64 '+1'");
  BOOST_TEST(cell(" 1", "INT64") == "error: bad INT64 ' 1'");
  BOOST_TEST(cell("1.0", "INT64") == "error: bad INT64 '1.0'");
  BOOST_TEST(cell("1.5", "DOUBLE") == "DOUBLE 1.5");
  BOOST_TEST(cell("7", "DOUBLE") == "DOUBLE 7.0");
  BOOST_TEST(cell("-2.5e-3", "DOUBLE") == "DOUBLE -0.0025");
  BOOST_TEST(cell("1.5x", "DOUBLE") == "error: bad DOUBLE '1.5x'");
  BOOST_TEST(cell("TRUE", "BOOL") == "BOOL true");
  BOOST_TEST(cell("False", "BOOL") == "BOOL false");
  BOOST_TEST(cell("1", "BOOL") == "error: bad BOOL '1'");
  BOOST_TEST(cell("1864", "DATE") == "DATE 1864");
  BOOST_TEST(cell("1864-03", "DATE") == "DATE 1864-03");
  BOOST_TEST(cell("1864-09-26", "DATE") == "DATE 1864-09-26");
  BOOST_TEST(cell("1863-02-29", "DATE") == "error: bad DATE '1863-02-29'");
  BOOST_TEST(cell("1864", "STRING") == "STRING '1864'");
  // EDTF levels 0 and 1, printed back as written.
  BOOST_TEST(cell("1862?", "DATE") == "DATE 1862?");
  BOOST_TEST(cell("186X~", "DATE") == "DATE 186X~");
  BOOST_TEST(cell("1864-03-XX", "DATE") == "DATE 1864-03-XX");
  BOOST_TEST(cell("1862/..", "DATE") == "DATE 1862/..");
  BOOST_TEST(cell("/1867-06", "DATE") == "DATE /1867-06");
  BOOST_TEST(cell("1867/1862", "DATE") == "error: bad DATE '1867/1862'");
  BOOST_TEST(cell("1862?~", "DATE") == "error: bad DATE '1862?~'");
  BOOST_TEST(cell("[1862?, 1864/1865]", "DATE[]") == "LIST [1862?, 1864/1865]");
  BOOST_TEST(cell("1862?;../1865", "DATE[]") == "LIST [1862?, ../1865]");
  BOOST_TEST(cell(std::string(50, 'x'), "INT64") == "error: bad INT64 '" + std::string(37, 'x') + "...'");
}

BOOST_AUTO_TEST_CASE(empty_cells) {
  BOOST_TEST(cell("", "INT64") == "NULL null");
  BOOST_TEST(cell("", "STRING") == "NULL null");
  BOOST_TEST(cell("", "STRING", true) == "STRING ''");
  BOOST_TEST(cell("", "", true) == "STRING ''");
  BOOST_TEST(cell("", "DATE", true) == "NULL null");
  BOOST_TEST(cell("", "STRING[]", true) == "NULL null");
}

BOOST_AUTO_TEST_CASE(guesses_only_plain_numbers) {
  BOOST_TEST(cell("12") == "INT64 12");
  BOOST_TEST(cell("-12") == "INT64 -12");
  BOOST_TEST(cell("0") == "INT64 0");
  BOOST_TEST(cell("1.5") == "DOUBLE 1.5");
  BOOST_TEST(cell("-2e3") == "DOUBLE -2000.0");
  BOOST_TEST(cell("1E+2") == "DOUBLE 100.0");
  BOOST_TEST(cell("12", "", true) == "STRING '12'");
  for (std::string_view text : {"007", "+1", "1.", ".5", "1e", "1,5", "-", "0x10", "inf", "NaN", "1864-03", "true",
                                " 1", "99999999999999999999"})
    BOOST_TEST(cell(text) == "STRING " + to_cypher(value(text)));
}

BOOST_AUTO_TEST_CASE(lists_in_brackets) {
  BOOST_TEST(cell("[1,2,3]", "INT64[]") == "LIST [1, 2, 3]");
  BOOST_TEST(cell("[ 1 , 2 ]", "INT64[]") == "LIST [1, 2]");
  BOOST_TEST(cell("[]", "INT64[]") == "LIST []");
  BOOST_TEST(cell("[ ]", "STRING[]") == "LIST []");
  BOOST_TEST(cell("[a, 'b,c', \"d\"]", "STRING[]") == "LIST ['a', 'b,c', 'd']");
  BOOST_TEST(cell("['']", "STRING[]") == "LIST ['']");
  BOOST_TEST(cell("[1864, 1864-03]", "DATE[]") == "LIST [1864, 1864-03]");
  BOOST_TEST(cell("[1,x]", "INT64[]") == "error: bad INT64 element 'x' in list '[1,x]'");
  BOOST_TEST(cell("[1,,2]", "INT64[]") == "error: empty element in list '[1,,2]'");
  BOOST_TEST(cell("['a]", "STRING[]") == "error: unterminated quote in list '['a]'");
}

BOOST_AUTO_TEST_CASE(lists_with_separators) {
  BOOST_TEST(cell("a;b c", "STRING[]") == "LIST ['a', 'b c']");
  BOOST_TEST(cell("a", "STRING[]") == "LIST ['a']");
  BOOST_TEST(cell("3;4", "INT64[]") == "LIST [3, 4]");
  BOOST_TEST(cell("true;FALSE", "BOOL[]") == "LIST [true, false]");
  BOOST_TEST(cell("a;;b", "STRING[]") == "error: empty element in list 'a;;b'");
  BOOST_TEST(cell("[1,2", "INT64[]") == "error: bad INT64 element '[1,2' in list '[1,2'");
}
