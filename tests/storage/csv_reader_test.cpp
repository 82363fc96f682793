// The RFC 4180 record reader: fields, unescaping, line endings and the
// position of every field and error.
#define BOOST_TEST_MODULE csv_reader
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "storage/csv_reader.hpp"
#include "storage/progress_bar.hpp"

using annals::storage::csv_field;
using annals::storage::csv_reader;

namespace {

// Every record as "text@line:column" fields joined by '|', quoted fields marked with q.
std::vector<std::string> records(std::string text, char delimiter = ',', char quote = '"') {
  csv_reader reader(text, "t.csv", delimiter, quote);
  std::vector<csv_field> fields;
  std::vector<std::string> out;
  while (reader.next(fields)) {
    std::string r;
    for (const auto& f : fields)
      r += (r.empty() ? "" : "|") + std::string(f.text) + (f.quoted ? "q" : "") + "@" + std::to_string(f.line) + ":" +
           std::to_string(f.column);
    out.push_back(r);
  }
  return out;
}

std::string failure(std::string text) {
  try {
    records(std::move(text));
  } catch (const annals::load_error& e) {
    return e.message();
  }
  return "read";
}

using lines = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_CASE(plain_fields) {
  BOOST_TEST(records("a,b\nc,d\n") == (lines{"a@1:1|b@1:3", "c@2:1|d@2:3"}), boost::test_tools::per_element());
  BOOST_TEST(records("a,b") == lines{"a@1:1|b@1:3"}, boost::test_tools::per_element());
  BOOST_TEST(records("a,,\n") == lines{"a@1:1|@1:3|@1:4"}, boost::test_tools::per_element());
  BOOST_TEST(records(",") == lines{"@1:1|@1:2"}, boost::test_tools::per_element());
  BOOST_TEST(records(" a , b \n") == lines{" a @1:1| b @1:5"}, boost::test_tools::per_element()); // spaces are data
  BOOST_TEST(records("").empty());
}

BOOST_AUTO_TEST_CASE(quoted_fields) {
  BOOST_TEST(records("\"a,b\",c\n") == lines{"a,bq@1:1|c@1:7"}, boost::test_tools::per_element());
  BOOST_TEST(records("\"say \"\"hi\"\"\",x") == lines{"say \"hi\"q@1:1|x@1:14"}, boost::test_tools::per_element());
  BOOST_TEST(records("\"\",\"\"\"\"") == lines{"q@1:1|\"q@1:4"}, boost::test_tools::per_element());
  BOOST_TEST(records("\"a\nb\",c\nd,e\n") == (lines{"a\nbq@1:1|c@2:4", "d@3:1|e@3:3"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(line_endings) {
  BOOST_TEST(records("a,b\r\nc,d\r\n") == (lines{"a@1:1|b@1:3", "c@2:1|d@2:3"}), boost::test_tools::per_element());
  BOOST_TEST(records("\"a\",\"b\"\r\n\"c\r\nd\",e\r\n") == (lines{"aq@1:1|bq@1:5", "c\r\ndq@2:1|e@3:4"}),
             boost::test_tools::per_element());
  BOOST_TEST(records("a\rb,c\r") == lines{"a\rb@1:1|c@1:5"}, boost::test_tools::per_element()); // a lone CR is data
  BOOST_TEST(records("a\n\n\r\nb\n\n") == (lines{"a@1:1", "b@4:1"}), boost::test_tools::per_element());
  BOOST_TEST(records("\xEF\xBB\xBFid,x\n1,2\n") == (lines{"id@1:1|x@1:4", "1@2:1|2@2:3"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(other_delimiters_and_no_quoting) {
  BOOST_TEST(records("a|\"b|c\"|d", '|') == lines{"a@1:1|b|cq@1:3|d@1:9"}, boost::test_tools::per_element());
  BOOST_TEST(records("a\t5'2\"\n", '\t', '\0') == lines{"a@1:1|5'2\"@1:3"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(errors_name_the_position) {
  BOOST_TEST(failure("a,b\nc,\"d\n") == "t.csv:2:3: unterminated quoted field: the quote opened here is never closed");
  BOOST_TEST(failure("a,b\"c\n") ==
             "t.csv:1:4: quote inside an unquoted field (quote the whole field and double the quote)");
  BOOST_TEST(failure("\"a\nb\"x,c\n") ==
             "t.csv:2:3: expected ',' or the end of the line after the closing quote, found 'x'");
  BOOST_TEST(failure("\"a\"\rb\n") ==
             "t.csv:1:4: expected ',' or the end of the line after the closing quote, found '\r'");
}

BOOST_AUTO_TEST_CASE(utf8_is_read_whole_and_invalid_bytes_refused_where_they_are) {
  BOOST_TEST(records("東京,\"Ñandú\nð😀\"\n") == lines{"東京@1:1|Ñandú\nð😀q@1:8"});
  BOOST_TEST(failure("a,b\nJuan \xFF,1\n") ==
             "t.csv:2:6: invalid UTF-8: byte 0xFF cannot appear in UTF-8; annals reads UTF-8 CSV files: convert it first");
  BOOST_TEST(failure("a\n\"x\ny \xC3(\"\n") == "t.csv:3:3: invalid UTF-8: the character starting with byte 0xC3 is "
                                                "cut short; annals reads UTF-8 CSV files: convert it first");
  BOOST_TEST(failure("a\n\xE6\x9D") == "t.csv:2:1: invalid UTF-8: the character starting with byte 0xE6 is cut "
                                         "short; annals reads UTF-8 CSV files: convert it first");
}

BOOST_AUTO_TEST_CASE(where_records_end) {
  std::string text = "ab,c\r\nd";
  csv_reader reader(text, "t.csv", ',', '"');
  std::vector<csv_field> fields;
  BOOST_TEST_REQUIRE(reader.next(fields));
  BOOST_TEST(reader.end_line() == 1u);
  BOOST_TEST(reader.end_column() == 5u);
  BOOST_TEST(reader.end_offset() == 4u);
  BOOST_TEST_REQUIRE(reader.next(fields));
  BOOST_TEST(reader.end_line() == 2u);
  BOOST_TEST(reader.end_column() == 2u);
  BOOST_TEST(reader.bytes_read() == text.size());
  BOOST_TEST(!reader.next(fields));
}

BOOST_AUTO_TEST_CASE(no_progress_bar_off_a_terminal) {
  // ctest's stderr is a pipe or a file, never a terminal.
  annals::storage::progress_bar big("loading", std::size_t{1} << 30, true);
  BOOST_TEST(!big.shown());
}
