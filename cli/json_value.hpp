// Parameters on the command line and in the shell are JSON: --param born=1806, --param name='"Juárez"'.
#pragma once

#include "annals/value.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace annals::cli {

// The deepest a JSON parameter may nest arrays and objects: the deepest a
// snapshot stores, so that whatever a parameter brings in can be saved.
constexpr std::size_t max_json_depth = 1000;

// Numbers become INT64 when written without fraction or exponent, DOUBLE
// otherwise; arrays become lists, objects maps. Strings stay strings, even
// those that look like dates: use date($p) in the query for a DATE.
//
// The reader is iterative, so no input can exhaust the stack. It refuses, with
// the line and column and a caret, what would otherwise be lost or changed:
// integers beyond INT64, numbers beyond DOUBLE's range, invalid UTF-8 and
// lone surrogates, a key repeated in one object, nesting beyond max_json_depth.
// Throws std::invalid_argument with a message of the form
// "LINE:COLUMN: SyntaxError: what\n<the line>\n   ^".
value json_to_value(std::string_view json_text);

// "name=JSON" -> (name, value). Throws std::invalid_argument naming the parameter.
std::pair<std::string, value> parse_parameter(std::string_view assignment);

} // namespace annals::cli
