// How the command line prints a result: as an aligned table (in ASCII or
// box-drawing characters), sqlite's line mode, markdown, CSV, TSV, JSON or JSON lines, optionally with the citations
// of what each row used. Output is written row by row as it is made, so a
// result of any size prints in every mode without a copy of it in memory
// (--cite excepted: it makes the result again with a column more).
#pragma once

#include "annals/graph.hpp"
#include "annals/result.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace annals::cli {

enum class output_format { table, box, line, markdown, csv, tsv, json, jsonlines };

std::optional<output_format> parse_format(std::string_view name);
std::string_view format_name(output_format f);
// "table, box, line, markdown, csv, tsv, json or jsonlines", for help and errors.
std::string format_names();

struct output_options {
  output_format format = output_format::table;
  bool cite = false;
  // Table and box modes: the widest a cell may be, in terminal columns; wider cells are
  // cut and end in "…". 0 shows every cell whole.
  std::size_t max_cell_width = 80;
  // Table, box and markdown modes size their columns by the first this many rows,
  // then stream the rest; a later, wider cell is cut to its column (table) or
  // overflows it (markdown, or a table with max_cell_width 0).
  std::size_t sample_rows = 1000;
};

// Writes `r` to `out`, flushing as it goes.
void write_result(std::ostream& out, const result& r, const graph& g, const output_options& options);

// The same text as a string, for tests and for short results.
std::string format_result(const result& r, const graph& g, const output_options& options);

} // namespace annals::cli
