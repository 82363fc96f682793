// lib/derive/dependency_order: definition order is evaluation order; a cycle
// or a forward reference is refused, naming it.
#define BOOST_TEST_MODULE derive_dependency_order
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "derive/dependency_order.hpp"

using namespace annals;
using derive::check_dependencies;
using derive::dependency_node;

namespace {

std::string refusal(const std::vector<dependency_node>& defined, const dependency_node& added) {
  try {
    check_dependencies(defined, added);
  } catch (const error& e) {
    return e.detail() + ": " + e.message();
  }
  return "accepted";
}

} // namespace

BOOST_AUTO_TEST_CASE(reading_earlier_types_and_stored_ones_is_accepted) {
  BOOST_TEST(refusal({{"A", {"K"}}, {"B", {"A", "K"}}}, {"C", {"B", "A", "L"}}) == "accepted");
  BOOST_TEST(refusal({}, {"A", {}}) == "accepted");
}

BOOST_AUTO_TEST_CASE(itself) {
  BOOST_TEST(refusal({}, {"LOOP", {"K", "LOOP"}}) ==
             "DerivedTypeCycle: derived type LOOP cannot be defined in terms of itself");
}

BOOST_AUTO_TEST_CASE(a_cycle_names_every_type_on_it) {
  BOOST_TEST(refusal({{"A", {"B"}}}, {"B", {"A"}}) ==
             "DerivedTypeCycle: derived types cannot read each other in a cycle: B -> A -> B");
  BOOST_TEST(refusal({{"A", {"C"}}, {"B", {"A"}}}, {"C", {"K", "B"}}) ==
             "DerivedTypeCycle: derived types cannot read each other in a cycle: C -> B -> A -> C");
}

BOOST_AUTO_TEST_CASE(a_forward_reference_is_refused_before_it_can_close_a_cycle) {
  BOOST_TEST(refusal({{"A", {"B"}}}, {"B", {"K"}}) ==
             "DerivedTypeForwardReference: derived type A reads B, which would be defined after it; define B first "
             "(a derived type reads only those defined before it)");
}
