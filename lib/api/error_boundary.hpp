// What may leave the public API: annals errors only. An exception from below
// annals (the standard library's std::bad_alloc or std::out_of_range, Boost,
// nlohmann) becomes a runtime_error naming what happened, so callers need one
// catch clause and the statement's changes are undone as for any error.
#pragma once

#include "annals/error.hpp"

#include <new>
#include <stdexcept>
#include <string>

namespace annals::detail {

template <class F> decltype(auto) at_api_boundary(F&& f) {
  try {
    return f();
  } catch (const error&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw runtime_error("RuntimeError", "OutOfMemory",
                        "out of memory: the statement was abandoned (lower database::limits().max_memory "
                        "to end such statements sooner)");
  } catch (const std::exception& e) {
    throw runtime_error("RuntimeError", "InternalError", std::string("internal error (please report it): ") + e.what());
  }
}

} // namespace annals::detail
