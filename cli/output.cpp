#include "output.hpp"

#include "citations.hpp"

#include "annals/format.hpp"

namespace annals::cli {

std::optional<output_format> parse_format(std::string_view name) {
  if (name == "table") return output_format::table;
  if (name == "csv") return output_format::csv;
  if (name == "json") return output_format::json;
  return std::nullopt;
}

std::string_view format_name(output_format f) {
  switch (f) {
  case output_format::table: return "table";
  case output_format::csv: return "csv";
  case output_format::json: return "json";
  }
  return "?";
}

std::string format_result(const result& r, const graph& g, const output_options& options) {
  if (options.cite) return format_result(with_citations(r, g), g, {options.format, false});
  switch (options.format) {
  case output_format::table: return format_table(r, g);
  case output_format::csv: return format_csv(r, g);
  case output_format::json: return format_json(r, g);
  }
  return {};
}

} // namespace annals::cli
