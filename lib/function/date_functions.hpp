// The functions of the date. namespace: Allen's interval relations, the
// historian's idioms and the readers of EDTF qualifiers (date_functions.cpp).
#pragma once

#include "function/function_registry.hpp"

#include <span>

namespace annals::function {

std::span<const function_info> date_functions();

} // namespace annals::function
