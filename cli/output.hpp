// How the command line prints a result: one of the formats of annals/format.hpp,
// optionally with the citations of what each row used.
#pragma once

#include "annals/graph.hpp"
#include "annals/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace annals::cli {

enum class output_format { table, csv, json };

std::optional<output_format> parse_format(std::string_view name);
std::string_view format_name(output_format f);

struct output_options {
  output_format format = output_format::table;
  bool cite = false;
};

std::string format_result(const result& r, const graph& g, const output_options& options);

} // namespace annals::cli
