// The scalar functions of the language, by lower-case name.
#pragma once

#include "bind/bound_expression.hpp"

#include <optional>
#include <string_view>

namespace annals::function {

struct function_info {
  std::string_view name;
  std::size_t min_args, max_args;
  bind::scalar_function fn;
};

const function_info* find_scalar(std::string_view lower_name);
std::optional<bind::aggregate_kind> find_aggregate(std::string_view lower_name);
// Every function name, for completion in the shell.
std::vector<std::string_view> function_names();

} // namespace annals::function
