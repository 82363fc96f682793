// UTF-8 validation and code-point walking (lib/values/utf8.cpp).
#define BOOST_TEST_MODULE utf8
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "values/utf8.hpp"

using namespace annals;
using namespace annals::values;

BOOST_AUTO_TEST_CASE(sequence_lengths_follow_rfc_3629) {
  BOOST_TEST(utf8_sequence_length("a", 0) == 1u);
  BOOST_TEST(utf8_sequence_length("\xC3\xA1", 0) == 2u);         // á
  BOOST_TEST(utf8_sequence_length("\xE6\x9D\xB1", 0) == 3u);     // 東
  BOOST_TEST(utf8_sequence_length("\xF0\x9F\x98\x80", 0) == 4u); // 😀
  BOOST_TEST(utf8_sequence_length("\x80", 0) == 0u);             // a continuation byte alone
  BOOST_TEST(utf8_sequence_length("\xC3", 0) == 0u);             // cut short
  BOOST_TEST(utf8_sequence_length("\xC0\xA7", 0) == 0u);         // overlong '\''
  BOOST_TEST(utf8_sequence_length("\xE0\x80\xA7", 0) == 0u);     // overlong, three bytes
  BOOST_TEST(utf8_sequence_length("\xED\xA0\x80", 0) == 0u);     // the surrogate U+D800
  BOOST_TEST(utf8_sequence_length("\xF4\x90\x80\x80", 0) == 0u); // U+110000
  BOOST_TEST(utf8_sequence_length("\xFF", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(first_invalid_byte_is_found) {
  BOOST_TEST(find_invalid_utf8("Juárez 東京") == std::string_view::npos);
  BOOST_TEST(find_invalid_utf8("ab\xFF"
                               "c") == 2u);
  BOOST_TEST(find_invalid_utf8("á\xC3") == 2u);
  BOOST_TEST(describe_invalid_utf8("\xFF", 0) == "byte 0xFF cannot appear in UTF-8");
  BOOST_TEST(describe_invalid_utf8("\x80", 0) == "byte 0x80 continues a character that never began");
  BOOST_TEST(describe_invalid_utf8("\xC3(", 0) == "the character starting with byte 0xC3 is cut short");
  BOOST_TEST(describe_invalid_utf8("\xC0\xA7", 0) == "byte 0xC0 begins an overlong encoding");
  BOOST_TEST(describe_invalid_utf8("\xED\xA0\x80", 0) ==
             "bytes starting 0xED encode a UTF-16 surrogate, which is not a character");
}

BOOST_AUTO_TEST_CASE(query_text_is_refused_at_the_invalid_byte) {
  const std::string script = "RETURN 1;\nRETURN 'a\xFF' AS s";
  BOOST_CHECK_NO_THROW(require_utf8_query_text(script, 0, 9));
  try {
    require_utf8_query_text(script, 10, script.size());
    BOOST_FAIL("invalid UTF-8 accepted");
  } catch (const syntax_error& e) {
    BOOST_TEST(e.detail() == "InvalidUnicode");
    BOOST_TEST(e.describe() == "2:10: SyntaxError: invalid UTF-8: byte 0xFF cannot appear in UTF-8; queries must be "
                               "UTF-8 text\nRETURN 'a?' AS s\n         ^");
  }
}

BOOST_AUTO_TEST_CASE(code_points_are_counted_cut_and_reversed) {
  BOOST_TEST(code_point_count("Juárez") == 6u);
  BOOST_TEST(code_point_count("東京😀") == 3u);
  BOOST_TEST(code_point_count("a\xFF"
                              "b") == 3u); // an invalid byte counts one
  BOOST_TEST(code_point_offset("Juárez", 3) == 4u);
  BOOST_TEST(code_point_offset("Juárez", 60) == 7u);
  BOOST_TEST(reverse_code_points("Mejía 東京") == "京東 aíjeM");
  const std::vector<std::string> chars{"a", "ñ", "東", "😀"};
  BOOST_TEST(code_points("añ東😀") == chars);
  std::size_t at = 0;
  BOOST_TEST(static_cast<std::uint32_t>(decode_code_point("😀", at)) == 0x1F600u);
  BOOST_TEST(at == 4u);
}
