// Allen's thirteen relations and the historian's idioms, three-valued over
// the days partial dates may mean.
#define BOOST_TEST_MODULE date_relations
#include <boost/test/unit_test.hpp>

#include "annals/date_relations.hpp"

#include <string>

using annals::allen_relation;
using annals::partial_date;

namespace {

partial_date date(std::string_view text) {
  auto d = partial_date::parse(text);
  BOOST_TEST_REQUIRE(d.has_value(), "cannot parse " << text);
  return *d;
}

std::string truth(std::optional<bool> t) { return t ? (*t ? "true" : "false") : "null"; }

std::string rel(allen_relation r, std::string_view a, std::string_view b) {
  return truth(annals::holds(r, date(a), date(b)));
}

// The relations that certainly hold and those that may: "before|meets?" …
std::string all(std::string_view a, std::string_view b) {
  std::string out;
  for (const auto& [name, r] : annals::allen_relation_names) {
    const auto t = annals::holds(r, date(a), date(b));
    if (t && !*t) continue;
    if (!out.empty()) out += ' ';
    out += std::string(name) + (t ? "" : "?");
  }
  return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(exactly_one_relation_between_known_spans) {
  BOOST_TEST(all("1862-01-01/1862-01-05", "1862-01-07/1862-01-09") == "before");
  BOOST_TEST(all("1862-01-01/1862-01-06", "1862-01-07/1862-01-09") == "meets");
  BOOST_TEST(all("1862-01-01/1862-01-07", "1862-01-07/1862-01-09") == "overlaps");
  BOOST_TEST(all("1862-01-07/1862-01-08", "1862-01-07/1862-01-09") == "starts");
  BOOST_TEST(all("1862-01-08/1862-01-08", "1862-01-07/1862-01-09") == "during");
  BOOST_TEST(all("1862-01-08/1862-01-09", "1862-01-07/1862-01-09") == "finishes");
  BOOST_TEST(all("1862-01-07/1862-01-09", "1862-01-07/1862-01-09") == "equals");
  BOOST_TEST(all("1862-01-10/1862-01-12", "1862-01-07/1862-01-09") == "met_by");
  BOOST_TEST(all("1862-01-11/1862-01-12", "1862-01-07/1862-01-09") == "after");
  BOOST_TEST(all("1862-01-08/1862-01-12", "1862-01-07/1862-01-09") == "overlapped_by");
  BOOST_TEST(all("1862-01-07/1862-01-12", "1862-01-07/1862-01-09") == "started_by");
  BOOST_TEST(all("1862-01-06/1862-01-12", "1862-01-07/1862-01-09") == "contains");
  BOOST_TEST(all("1862-01-06/1862-01-09", "1862-01-07/1862-01-09") == "finished_by");
  // A single day is a span of one day.
  BOOST_TEST(all("1862-01-06", "1862-01-07") == "meets");
  BOOST_TEST(all("1862-01-07", "1862-01-07") == "equals");
}

BOOST_AUTO_TEST_CASE(partial_dates_leave_some_relations_open) {
  // Two events within 1866: any of the thirteen but none certain.
  BOOST_TEST(all("1866", "1866") ==
             "before? meets? overlaps? starts? during? finishes? equals? after? met_by? overlapped_by? started_by? "
             "contains? finished_by?");
  // An event in August against one from May to October: inside it, or at its
  // edges only if it were not inside.
  BOOST_TEST(all("1866-08", "1866-05-05/1866-10-20") == "during");
  BOOST_TEST(all("1866-05", "1866-05-05/1866-10-20") == "before? meets? overlaps? starts? during?");
  BOOST_TEST(rel(allen_relation::before, "1865", "1866") == "null"); // 1865-12-31 then 1866-01-01 would meet
  BOOST_TEST(rel(allen_relation::before, "1865-11", "1866") == "true");
  BOOST_TEST(rel(allen_relation::after, "1866", "1865-11") == "true");
  BOOST_TEST(rel(allen_relation::before, "1866", "1865") == "false");
  BOOST_TEST(rel(allen_relation::equals, "1866-08-10", "1866-08") == "null");
  BOOST_TEST(rel(allen_relation::during, "1866-08-10", "1866-08") == "null");
}

BOOST_AUTO_TEST_CASE(qualifiers_and_open_ends) {
  BOOST_TEST(rel(allen_relation::before, "1862-11", "1864") == "true");
  BOOST_TEST(rel(allen_relation::before, "1862-11~", "1864") == "true");
  BOOST_TEST(rel(allen_relation::before, "1862~", "1864") == "null"); // 1862~ may run into 1863
  BOOST_TEST(rel(allen_relation::during, "1866", "1862/..") == "true");
  BOOST_TEST(rel(allen_relation::during, "1866", "1862/") == "null"); // the unknown end may come before 1866
  BOOST_TEST(rel(allen_relation::before, "../1861", "1862") == "null");
  BOOST_TEST(rel(allen_relation::before, "../1861-11", "1862") == "true");
  BOOST_TEST(rel(allen_relation::equals, "1862/..", "1862/..") == "null"); // starts may differ within 1862
  BOOST_TEST(rel(allen_relation::finishes, "1863/..", "1862/..") == "true");
}

BOOST_AUTO_TEST_CASE(idioms_read_the_second_date_as_a_period) {
  // The trap: b.start >= date('1866') is null for 1866-08; "in 1866 or later" is true.
  BOOST_TEST(truth(annals::in_or_after(date("1866-08"), date("1866"))) == "true");
  BOOST_TEST(truth(annals::in_or_after(date("1865-12-31"), date("1866"))) == "false");
  BOOST_TEST(truth(annals::in_or_after(date("1865-12"), date("1866~"))) == "null");
  BOOST_TEST(truth(annals::in_or_after(date("1865"), date("1865-06"))) == "null");
  BOOST_TEST(truth(annals::in_or_before(date("1866-08"), date("1866"))) == "true");
  BOOST_TEST(truth(annals::in_or_before(date("1867-01-01"), date("1866"))) == "false");
  BOOST_TEST(truth(annals::within(date("1866-08"), date("1866"))) == "true");
  BOOST_TEST(truth(annals::within(date("1866"), date("1866-08"))) == "null");
  BOOST_TEST(truth(annals::within(date("1867"), date("1866"))) == "false");
  BOOST_TEST(truth(annals::within(date("1864-06"), date("1862/1867"))) == "true");
  BOOST_TEST(truth(annals::within(date("1862-06"), date("1862/1867"))) == "null"); // the start is within 1862
  BOOST_TEST(truth(annals::within(date("186X"), date("1862/1867"))) == "null");
  BOOST_TEST(truth(annals::within(date("1866"), date("1862/.."))) == "true");
}
