// The command line's output modes (cli/output.cpp, cli/display_width.cpp):
// exact text for each, streaming tables past the sampled rows, truncation,
// display width by Unicode rules, and null never looking like a string.
#define BOOST_TEST_MODULE cli output
#include <boost/test/unit_test.hpp>

#include "cli/display_width.hpp"
#include "cli/output.hpp"

#include "annals/database.hpp"

#include <sstream>

using namespace annals;
using namespace annals::cli;

namespace {

struct fixture {
  database db;
  const graph& g() const { return db.graph(); }
  std::string print(const result& r, output_format f, std::size_t max_width = 80, std::size_t sample = 1000) {
    output_options o;
    o.format = f;
    o.max_cell_width = max_width;
    o.sample_rows = sample;
    return format_result(r, g(), o);
  }
};

const result people({"name", "n", "note"},
                    {{value("Juárez"), value(1), value()}, {value("東京"), value(120), value("null")}});

} // namespace

BOOST_AUTO_TEST_CASE(display_width_follows_unicode) {
  BOOST_TEST(display_width("Juárez") == 6u);
  BOOST_TEST(display_width("東京") == 4u);      // wide
  BOOST_TEST(display_width("e\xCC\x81") == 1u); // e + combining acute
  BOOST_TEST(display_width("😀") == 2u);         // emoji presentation
  BOOST_TEST(display_width("a\xE2\x80\x8B"
                           "b") == 2u); // zero width space
  BOOST_TEST(truncate_to_width("abcdef", 4) == "abc…");
  BOOST_TEST(truncate_to_width("東京都", 4) == "東…"); // a wide character never half shown
  BOOST_TEST(truncate_to_width("e\xCC\x81"
                               "e\xCC\x81"
                               "e",
                               3) == "e\xCC\x81"
                                     "e\xCC\x81"
                                     "e");
  BOOST_TEST(truncate_to_width("e\xCC\x81"
                               "e\xCC\x81"
                               "ee",
                               3) == "e\xCC\x81"
                                     "e\xCC\x81…");
}

BOOST_FIXTURE_TEST_CASE(table_aligns_by_display_width_and_tells_null_from_strings, fixture) {
  BOOST_TEST(print(people, output_format::table) == "+--------+-----+--------+\n"
                                                    "| name   | n   | note   |\n"
                                                    "+--------+-----+--------+\n"
                                                    "| Juárez |   1 | null   |\n"
                                                    "| 東京   | 120 | 'null' |\n"
                                                    "+--------+-----+--------+\n"
                                                    "(2 rows)\n");
  const result lookalikes({"v"}, {{value("")},
                                  {value("42")},
                                  {value("1862-05")},
                                  {value(" x")},
                                  {value("true")},
                                  {value("'q'")},
                                  {value("a\nb")},
                                  {value("plain")}});
  BOOST_TEST(print(lookalikes, output_format::table) == "+-----------+\n| v         |\n+-----------+\n"
                                                        "| ''        |\n| '42'      |\n| '1862-05' |\n"
                                                        "| ' x'      |\n| 'true'    |\n| '\\'q\\''   |\n"
                                                        "| a\\nb      |\n| plain     |\n+-----------+\n(8 rows)\n");
}

BOOST_FIXTURE_TEST_CASE(box_mode_draws_the_table_with_box_characters, fixture) {
  BOOST_TEST(print(people, output_format::box) == "┌────────┬─────┬────────┐\n"
                                                  "│ name   │ n   │ note   │\n"
                                                  "├────────┼─────┼────────┤\n"
                                                  "│ Juárez │   1 │ null   │\n"
                                                  "│ 東京   │ 120 │ 'null' │\n"
                                                  "└────────┴─────┴────────┘\n"
                                                  "(2 rows)\n");
}

BOOST_FIXTURE_TEST_CASE(table_cuts_wide_cells_unless_told_not_to, fixture) {
  const result wide({"path"}, {{value(std::string(100, 'x'))}});
  const std::string cut = "| " + std::string(9, 'x') + "… |\n";
  BOOST_TEST(print(wide, output_format::table, 10) ==
             "+------------+\n| path       |\n+------------+\n" + cut + "+------------+\n(1 row)\n");
  BOOST_TEST(print(wide, output_format::table, 0).find(std::string(100, 'x')) != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(table_streams_rows_past_the_sample_cut_to_its_columns, fixture) {
  const result r({"s"}, {{value("ab")}, {value("abcdef")}, {value("a")}});
  // Widths from the first row only: later rows are cut to fit (with truncation on) or overflow (off).
  BOOST_TEST(print(r, output_format::table, 80, 1) ==
             "+----+\n| s  |\n+----+\n| ab |\n| a… |\n| a  |\n+----+\n(3 rows)\n");
  BOOST_TEST(print(r, output_format::table, 0, 1) ==
             "+----+\n| s  |\n+----+\n| ab |\n| abcdef |\n| a  |\n+----+\n(3 rows)\n");
}

BOOST_FIXTURE_TEST_CASE(line_mode_is_one_column_a_line, fixture) {
  BOOST_TEST(print(people, output_format::line) == "name = Juárez\n   n = 1\nnote = null\n\n"
                                                   "name = 東京\n   n = 120\nnote = 'null'\n\n(2 rows)\n");
}

BOOST_FIXTURE_TEST_CASE(markdown_escapes_bars_and_aligns_numbers_right, fixture) {
  const result r({"a|b", "n"}, {{value("x|y"), value(1)}, {value(), value(22)}});
  BOOST_TEST(print(r, output_format::markdown) == "| a\\|b | n  |\n|------|---:|\n| x\\|y |  1 |\n| null | 22 |\n");
}

BOOST_FIXTURE_TEST_CASE(machine_formats_keep_every_value_whole, fixture) {
  const result r({"s", "n"}, {{value("a\tb\\c"), value()}, {value(""), value(2.5)}});
  BOOST_TEST(print(r, output_format::tsv) == "s\tn\na\\tb\\\\c\t\n\t2.5\n");
  BOOST_TEST(print(r, output_format::csv) == "s,n\r\na\tb\\c,\r\n\"\",2.5\r\n");
  BOOST_TEST(print(r, output_format::json) == "[\n  {\"s\":\"a\\tb\\\\c\",\"n\":null},\n  {\"s\":\"\",\"n\":2.5}\n]\n");
  BOOST_TEST(print(r, output_format::jsonlines) == "{\"s\":\"a\\tb\\\\c\",\"n\":null}\n{\"s\":\"\",\"n\":2.5}\n");
  BOOST_TEST(print(result({"x"}, {}), output_format::json) == "[]\n");
  BOOST_TEST(print(result({"x"}, {}), output_format::jsonlines) == "");
}

BOOST_AUTO_TEST_CASE(format_names_round_trip) {
  for (const auto f : {output_format::table, output_format::box, output_format::line, output_format::markdown,
                       output_format::csv, output_format::tsv, output_format::json, output_format::jsonlines})
    BOOST_TEST((parse_format(format_name(f)) == f), format_name(f));
  BOOST_TEST(!parse_format("vertical").has_value());
  BOOST_TEST(format_names() == "table, box, line, markdown, csv, tsv, json or jsonlines");
}
