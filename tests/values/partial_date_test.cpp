// Partial dates: parse and print every precision, calendar checks, the sort
// order, and the interval comparisons (compare_certain, overlaps).
#define BOOST_TEST_MODULE partial_date
#include <boost/test/unit_test.hpp>

#include "annals/partial_date.hpp"
#include "tests/support/printing.hpp"

#include <algorithm>
#include <vector>

using annals::compare_certain;
using annals::date_precision;
using annals::overlaps;
using annals::partial_date;

namespace {

partial_date date(std::string_view text) {
  auto d = partial_date::parse(text);
  BOOST_TEST_REQUIRE(d.has_value(), "cannot parse " << text);
  return *d;
}

// "less", "greater", "equal" or "unknown".
std::string certain(std::string_view a, std::string_view b) {
  auto c = compare_certain(date(a), date(b));
  if (!c) return "unknown";
  return *c < 0 ? "less" : (*c > 0 ? "greater" : "equal");
}

} // namespace

BOOST_AUTO_TEST_CASE(parses_and_prints_every_precision) {
  const auto year = date("1864");
  BOOST_TEST((year.precision() == date_precision::year));
  BOOST_TEST(year.year() == 1864);
  BOOST_TEST(!year.month().has_value());
  BOOST_TEST(!year.day().has_value());
  BOOST_TEST(year.to_string() == "1864");

  const auto month = date("1864-03");
  BOOST_TEST((month.precision() == date_precision::month));
  BOOST_TEST(*month.month() == 3);
  BOOST_TEST(!month.day().has_value());
  BOOST_TEST(month.to_string() == "1864-03");

  const auto day = date("1864-09-26");
  BOOST_TEST((day.precision() == date_precision::day));
  BOOST_TEST(*day.month() == 9);
  BOOST_TEST(*day.day() == 26);
  BOOST_TEST(day.to_string() == "1864-09-26");
}

BOOST_AUTO_TEST_CASE(prints_back_exactly_as_given) {
  for (std::string_view text : {"0001", "0044", "0999", "9999", "1864-01", "1864-12", "1862-05-05", "2000-02-29",
                                "1864-02-29", "-0044", "-0044-03", "-0044-03-15", "0000"})
    BOOST_TEST(date(text).to_string() == text);
}

BOOST_AUTO_TEST_CASE(years_before_the_common_era) {
  BOOST_TEST(date("-0044-03-15").year() == -44);
  BOOST_TEST(date("-0044") < date("0044"));
  BOOST_TEST(date("-0001-12-31").last_day() + 1 == date("0000-01-01").first_day());
}

BOOST_AUTO_TEST_CASE(refuses_what_is_not_a_calendar_date) {
  for (std::string_view text :
       {"",           "-",          "1864-13", "1864-00",   "1863-02-29", "1900-02-29",    "1864-04-31",
        "1864-03-32", "1864-03-00", "1864-2",  "1864-02-1", "864",        "18640",         "+1864",
        " 1864",      "1864 ",      "1864-",   "1864-03-",  "1864/03",    "1864-03-26T00", "1864-03-26-01",
        "abcd",       "18a4",       "-0000"})
    BOOST_TEST(!partial_date::parse(text).has_value(), "accepted '" << text << "'");
}

BOOST_AUTO_TEST_CASE(intervals_of_days) {
  BOOST_TEST(date("1970").first_day() == 0);
  BOOST_TEST(date("1970").last_day() == 364);
  BOOST_TEST(date("1970-02").first_day() == 31);
  BOOST_TEST(date("1970-02").last_day() == 58);
  BOOST_TEST(date("1864-02").last_day() - date("1864-02").first_day() == 28); // a leap year
  BOOST_TEST(date("1969-12-31").first_day() == -1);
  BOOST_TEST(date("1969-12-31").last_day() == -1);
  BOOST_TEST(partial_date::from_days(0).to_string() == "1970-01-01");
  BOOST_TEST(partial_date::from_days(-1).to_string() == "1969-12-31");
  BOOST_TEST(partial_date::from_days(date("1864-09-26").first_day()).to_string() == "1864-09-26");
}

BOOST_AUTO_TEST_CASE(round_trips_through_days) {
  // Every day of two centuries, leap days included, back and forth.
  for (std::int64_t d = date("1800-01-01").first_day(); d <= date("1999-12-31").first_day(); ++d) {
    const auto p = partial_date::from_days(d);
    BOOST_TEST_REQUIRE(p.first_day() == d);
    BOOST_TEST_REQUIRE(date(p.to_string()) == p);
  }
}

BOOST_AUTO_TEST_CASE(equality_is_structural) {
  BOOST_TEST(date("1864") == date("1864"));
  BOOST_TEST(date("1864") != date("1864-01"));
  BOOST_TEST(date("1864-01") != date("1864-01-01"));
  BOOST_TEST(date("1864-01-01") == partial_date::from_days(date("1864").first_day()));
}

BOOST_AUTO_TEST_CASE(sorts_by_first_day_then_coarser_first) {
  std::vector<std::string> texts{"1864-12-31", "1865", "1864-01-02", "1864-01-01", "1864-02",
                                 "1864-01",    "1864", "1863-12-31", "1864-12"};
  std::vector<partial_date> dates;
  for (const auto& t : texts) dates.push_back(date(t));
  std::sort(dates.begin(), dates.end());
  std::vector<std::string> sorted;
  for (const auto& d : dates) sorted.push_back(d.to_string());
  const std::vector<std::string> expected{"1863-12-31", "1864",    "1864-01",    "1864-01-01", "1864-01-02",
                                          "1864-02",    "1864-12", "1864-12-31", "1865"};
  BOOST_TEST(sorted == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(compare_certain_year_with_year) {
  BOOST_TEST(certain("1863", "1864") == "less");
  BOOST_TEST(certain("1865", "1864") == "greater");
  BOOST_TEST(certain("1864", "1864") == "unknown");
}

BOOST_AUTO_TEST_CASE(compare_certain_year_with_month) {
  BOOST_TEST(certain("1864", "1865-01") == "less");
  BOOST_TEST(certain("1864-12", "1864") == "unknown");
  BOOST_TEST(certain("1864-01", "1864") == "unknown");
  BOOST_TEST(certain("1864", "1864-03") == "unknown");
  BOOST_TEST(certain("1864-03", "1863") == "greater");
  BOOST_TEST(certain("1863-12", "1864") == "less");
}

BOOST_AUTO_TEST_CASE(compare_certain_year_with_day) {
  BOOST_TEST(certain("1864", "1864-09-26") == "unknown");
  BOOST_TEST(certain("1864-01-01", "1864") == "unknown");
  BOOST_TEST(certain("1864-12-31", "1865") == "less");
  BOOST_TEST(certain("1865", "1864-12-31") == "greater");
}

BOOST_AUTO_TEST_CASE(compare_certain_month_with_month) {
  BOOST_TEST(certain("1864-03", "1864-04") == "less");
  BOOST_TEST(certain("1864-04", "1864-03") == "greater");
  BOOST_TEST(certain("1864-03", "1864-03") == "unknown");
}

BOOST_AUTO_TEST_CASE(compare_certain_month_with_day) {
  BOOST_TEST(certain("1864-03", "1864-03-31") == "unknown");
  BOOST_TEST(certain("1864-03-01", "1864-03") == "unknown");
  BOOST_TEST(certain("1864-03-31", "1864-04") == "less");
  BOOST_TEST(certain("1864-04", "1864-03-31") == "greater");
  BOOST_TEST(certain("1864-02", "1864-02-29") == "unknown"); // a leap day is in its month
}

BOOST_AUTO_TEST_CASE(compare_certain_day_with_day) {
  BOOST_TEST(certain("1864-09-26", "1864-09-26") == "equal");
  BOOST_TEST(certain("1864-03-31", "1864-04-01") == "less");
  BOOST_TEST(certain("1864-04-01", "1864-03-31") == "greater");
}

BOOST_AUTO_TEST_CASE(overlapping_intervals) {
  BOOST_TEST(overlaps(date("1864"), date("1864-09-26")));
  BOOST_TEST(overlaps(date("1864-09-26"), date("1864")));
  BOOST_TEST(overlaps(date("1864-03"), date("1864")));
  BOOST_TEST(overlaps(date("1864-03"), date("1864-03")));
  BOOST_TEST(overlaps(date("1864-03-05"), date("1864-03-05")));
  BOOST_TEST(overlaps(date("1864-12-31"), date("1864")));
  BOOST_TEST(!overlaps(date("1864-03"), date("1864-04")));
  BOOST_TEST(!overlaps(date("1863"), date("1864-01-01")));
  BOOST_TEST(!overlaps(date("1864-03-05"), date("1864-03-06")));
}

BOOST_AUTO_TEST_CASE(names_of_precisions) {
  BOOST_TEST(annals::to_string(date_precision::year) == "year");
  BOOST_TEST(annals::to_string(date_precision::month) == "month");
  BOOST_TEST(annals::to_string(date_precision::day) == "day");
}

// ---- EDTF levels 0 and 1 -------------------------------------------------------

namespace {

// The days a date may mean, as text: "first … last" ("…" at an open end).
std::string days_of(std::string_view text) {
  const auto r = date(text).days();
  auto day = [](std::int64_t d, const char* beyond) {
    return d == annals::days_before_all || d == annals::days_after_all ? std::string(beyond)
                                                                        : partial_date::from_days(d).to_string();
  };
  return day(r.first, "-inf") + " " + day(r.last, "+inf");
}

std::string truth(std::optional<bool> t) { return t ? (*t ? "true" : "false") : "null"; }

} // namespace

BOOST_AUTO_TEST_CASE(edtf_prints_back_as_written) {
  for (std::string_view text :
       {"1862?", "1862~", "1862%", "1862-05?", "1862-05-05~", "186X", "18XX", "1866-XX", "1866-08-XX", "1866-XX-XX",
        "-004X", "1862/1867", "1864-03?/1865~", "1862/..", "../1867", "1862/", "/1867", "186X/1867-03-XX%",
        "Y170000002", "Y-170000002", "1866-XX?"})
    BOOST_TEST(date(text).to_string() == text);
}

BOOST_AUTO_TEST_CASE(edtf_refuses_what_level_1_does_not_allow) {
  for (std::string_view text :
       {"186X-05", "1866-XX-05", "1X66", "18X6", "186x", "1862??", "1862?~", "?1862", "1862/1861", "1862-05/1862-04",
        "../..", "/", "../", "/..", "1862//1863", "1862/1863/1864", "Y1862", "Y01862", "Y", "Y-", "1862-XX-32",
        "XXXX", "1862-X", "1862-0X", "-000X", "1862 ?"})
    BOOST_TEST(!partial_date::parse(text).has_value(), "accepted '" << text << "'");
}

BOOST_AUTO_TEST_CASE(edtf_days_each_form_may_mean) {
  BOOST_TEST(days_of("186X") == "1860-01-01 1869-12-31");
  BOOST_TEST(days_of("18XX") == "1800-01-01 1899-12-31");
  BOOST_TEST(days_of("-186X") == "-1869-01-01 -1860-12-31");
  BOOST_TEST(days_of("1866-XX") == "1866-01-01 1866-12-31");
  BOOST_TEST(days_of("1866-02-XX") == "1866-02-01 1866-02-28");
  BOOST_TEST(days_of("1866-XX-XX") == "1866-01-01 1866-12-31");
  // A qualifier widens by one unit of the precision on each side, % by two.
  BOOST_TEST(days_of("1862~") == "1861-01-01 1863-12-31");
  BOOST_TEST(days_of("1862?") == "1861-01-01 1863-12-31");
  BOOST_TEST(days_of("1862%") == "1860-01-01 1864-12-31");
  BOOST_TEST(days_of("1862-01?") == "1861-12-01 1862-02-28");
  BOOST_TEST(days_of("1864-02-28~") == "1864-02-27 1864-02-29");
  BOOST_TEST(days_of("186X~") == "1850-01-01 1879-12-31");
  BOOST_TEST(days_of("1862/1867-03") == "1862-01-01 1867-03-31");
  BOOST_TEST(days_of("1862/..") == "1862-01-01 +inf");
  BOOST_TEST(days_of("/1867") == "-inf 1867-12-31");
  BOOST_TEST((date("1862~").stated_days() == date("1862").days()));
}

BOOST_AUTO_TEST_CASE(edtf_fields_and_qualifiers) {
  BOOST_TEST(date("1862?").uncertain());
  BOOST_TEST(!date("1862?").approximate());
  BOOST_TEST(date("1862%").uncertain());
  BOOST_TEST(date("1862%").approximate());
  BOOST_TEST(date("1862/1867~").approximate());
  BOOST_TEST(date("186X").has_unspecified_digits());
  BOOST_TEST(!date("1866-05").has_unspecified_digits());
  BOOST_TEST(!date("1866-XX").month().has_value());
  BOOST_TEST(!date("1866-05-XX").day().has_value());
  BOOST_TEST(*date("1866-05-XX").month() == 5);
  BOOST_TEST(*date("186X").precision_name() == "decade");
  BOOST_TEST(*date("18XX").precision_name() == "century");
  BOOST_TEST(*date("1866-XX-XX").precision_name() == "year");
  BOOST_TEST(*date("1866-05-XX").precision_name() == "month");
  BOOST_TEST(!date("1862/1867").precision_name().has_value());
  BOOST_TEST(date("1862/1867").start()->to_string() == "1862");
  BOOST_TEST(date("1862/1867").end()->to_string() == "1867");
  BOOST_TEST(!date("1862/..").end().has_value());
  BOOST_TEST(!date("/1867").start().has_value());
  BOOST_TEST(date("1864").is_plain());
  BOOST_TEST(!date("1864?").is_plain());
  BOOST_TEST(!date("1864/1865").is_plain());
}

BOOST_AUTO_TEST_CASE(edtf_equality_and_order) {
  BOOST_TEST(date("1862?") != date("1862"));
  BOOST_TEST(date("1862?") != date("1862~"));
  BOOST_TEST(date("186X") != date("1860"));
  BOOST_TEST(date("1862/1867") == date("1862/1867"));
  std::vector<std::string> texts{"1863", "1862/1867", "186X", "1862~", "1862", "../1861", "1862-XX"};
  std::vector<partial_date> dates;
  for (const auto& t : texts) dates.push_back(date(t));
  std::sort(dates.begin(), dates.end());
  std::vector<std::string> sorted;
  for (const auto& d : dates) sorted.push_back(d.to_string());
  // By the first day written, coarser first: 186X (1860) first; an open start before all.
  const std::vector<std::string> expected{"../1861", "186X", "1862", "1862~", "1862/1867", "1862-XX", "1863"};
  BOOST_TEST(sorted == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(comparisons_at_the_edges_of_a_precision) {
  using annals::certainly_less;
  using annals::certainly_less_or_equal;
  // A year against its own first and last day, a month against its first day.
  BOOST_TEST(truth(certainly_less_or_equal(date("1866-01-01"), date("1866"))) == "true");  // 1866 >= its first day
  BOOST_TEST(truth(certainly_less(date("1866-01-01"), date("1866"))) == "null");           // 1866 > its first day
  BOOST_TEST(truth(certainly_less(date("1866"), date("1866-01-01"))) == "false");          // 1866 < its first day
  BOOST_TEST(truth(certainly_less_or_equal(date("1866"), date("1866-12-31"))) == "true");  // 1866 <= its last day
  BOOST_TEST(truth(certainly_less(date("1866-12-31"), date("1866"))) == "false");          // 1866 > its last day
  BOOST_TEST(truth(certainly_less_or_equal(date("1866-03-01"), date("1866-03"))) == "true");
  BOOST_TEST(truth(certainly_less(date("1866-03"), date("1866-03-01"))) == "false");
  BOOST_TEST(truth(certainly_less_or_equal(date("1866-03"), date("1866-03-01"))) == "null");
  // Qualified and unspecified dates.
  BOOST_TEST(truth(certainly_less(date("1862~"), date("1863-06"))) == "null");
  BOOST_TEST(truth(certainly_less(date("1862~"), date("1864"))) == "true");
  BOOST_TEST(truth(certainly_less(date("186X"), date("1870"))) == "true");
  BOOST_TEST(truth(certainly_less(date("186X"), date("1865"))) == "null");
  BOOST_TEST(truth(certainly_less(date("1870"), date("186X"))) == "false");
  BOOST_TEST(truth(certainly_less(date("1862/.."), date("1900"))) == "null");
  BOOST_TEST(truth(certainly_less(date("../1861"), date("1862"))) == "true");
}
