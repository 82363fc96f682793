// Values and names as other languages write them: Cypher scripts and CSV files.
#pragma once

#include "annals/value.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annals::detail {

// A label, type or property key: bare when it is an identifier, `quoted` otherwise.
std::string cypher_name(std::string_view name);
// A value as a Cypher expression that evaluates to it: dates as date('1864-03'),
// NaN and infinities as toFloat('NaN'), map keys as cypher_name.
std::string cypher_literal(const value& v);

// RFC 4180: quoted when it holds a comma, a quote or a line break, and when
// empty (so the empty string differs from a missing value, which is no field text at all).
std::string csv_field(std::string_view text);
// Fields already made with csv_field, joined by ',' and ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

} // namespace annals::detail
