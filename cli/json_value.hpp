// Parameters on the command line and in the shell are JSON: --param born=1806, --param name='"Juárez"'.
#pragma once

#include "annals/value.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace annals::cli {

// Numbers become INT64 when integral and in range, DOUBLE otherwise; arrays
// become lists, objects maps. Strings stay strings, even those that look like
// dates: use date($p) in the query for a DATE. Throws std::invalid_argument.
value json_to_value(std::string_view json_text);

// "name=JSON" -> (name, value). Throws std::invalid_argument naming the parameter.
std::pair<std::string, value> parse_parameter(std::string_view assignment);

} // namespace annals::cli
