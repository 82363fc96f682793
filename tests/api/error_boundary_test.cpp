// Only annals errors leave the public API (lib/api/error_boundary.hpp).
#define BOOST_TEST_MODULE error boundary
#include <boost/test/unit_test.hpp>

#include "api/error_boundary.hpp"

#include <vector>

using annals::detail::at_api_boundary;

BOOST_AUTO_TEST_CASE(results_and_annals_errors_pass_through) {
  BOOST_TEST(at_api_boundary([] { return 42; }) == 42);
  try {
    at_api_boundary([]() -> int { throw annals::type_error("TypeError", "InvalidArgumentType", "x"); });
    BOOST_FAIL("nothing thrown");
  } catch (const annals::type_error& e) {
    BOOST_TEST(e.detail() == "InvalidArgumentType");
  }
}

BOOST_AUTO_TEST_CASE(other_exceptions_become_runtime_errors) {
  try {
    at_api_boundary([] { return std::vector<int>{}.at(3); });
    BOOST_FAIL("nothing thrown");
  } catch (const annals::runtime_error& e) {
    BOOST_TEST(e.detail() == "InternalError");
    BOOST_TEST(e.message().starts_with("internal error (please report it): vector::_M_range_check"));
  }
  try {
    at_api_boundary([]() -> int { throw std::bad_alloc(); });
    BOOST_FAIL("nothing thrown");
  } catch (const annals::runtime_error& e) {
    BOOST_TEST(e.detail() == "OutOfMemory");
    BOOST_TEST(e.describe() == "RuntimeError: out of memory: the statement was abandoned (lower "
                               "database::limits().max_memory to end such statements sooner)");
  }
}
