// How Boost.Test prints annals values (and optionals of them) in failure messages.
#pragma once

#include "annals/partial_date.hpp"
#include "annals/value.hpp"

#include <boost/test/tools/detail/print_helper.hpp>

#include <optional>
#include <ostream>

namespace annals {

inline std::ostream& operator<<(std::ostream& out, const partial_date& d) { return out << d.to_string(); }
inline std::ostream& operator<<(std::ostream& out, const value& v) { return out << to_cypher(v); }

} // namespace annals

namespace boost::test_tools::tt_detail {

template <class T> struct print_log_value<std::optional<T>> {
  void operator()(std::ostream& out, const std::optional<T>& v) {
    if (v) print_log_value<T>()(out, *v);
    else out << "nullopt";
  }
};

} // namespace boost::test_tools::tt_detail
