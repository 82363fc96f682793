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
