// Bulk load from CSV, in the layout of Kùzu's COPY FROM and neo4j-admin import:
// one file per node table and one per relationship table, each with a header
// row naming its columns.
//
//   annals::load_csv_nodes(db.graph(), "Person", "person.csv");          // name,born
//   annals::load_csv_relationships(db.graph(), "COMMANDED", "cmd.csv");  // from,to,side
//
// The file is RFC 4180: fields separated by ',', quoted with '"' when they hold
// the separator, a quote ("" inside quotes) or a line break; lines end in LF or
// CRLF. Blank lines and a UTF-8 byte-order mark are skipped.
//
// Header cells are column names, optionally annotated neo4j-style:
//   name:ID  (or name:ID(Person))  the primary-key column of a node file
//   :START_ID / :END_ID (optionally (Label))  the FROM / TO key columns of a relationship file
//   born:DATE, x:INT64, tags:STRING[] (also neo4j's int, long, float, boolean, string, …)
//   note:IGNORE  a column that is not loaded
// In a relationship file without :START_ID / :END_ID, the first two columns
// are the FROM and TO keys, whatever their names (Kùzu's layout; `from,to` is usual).
//
// Cells become values by the column's type:
// - a declared table's columns have the declared type (a header annotation, if
//   any, must agree); other columns of a declared table are an error;
// - columns of an undeclared label or type have the annotated type, or else
//   stay strings, except unquoted cells that are plainly integers (-12, 0; no
//   leading zeros: 007 stays a string) or decimals (1.5, -2e3), which become
//   INT64 / DOUBLE ("12" quoted stays a string). Dates and booleans are never
//   guessed (1864 would be ambiguous): annotate them (born:DATE).
// - INT64, DOUBLE as written; BOOL is true/false (any case); DATE is a partial
//   date (1864, 1864-03, 1864-09-26); STRING as is.
// - Lists (TYPE[]) are written either Kùzu-style in brackets, "[1,2,3]" (quote
//   the cell, since it holds commas; elements may be quoted with ' or "), or
//   neo4j-style separated by ';' (a;b;c). [] is the empty list.
// - An empty cell is null. A quoted empty cell ("") is the empty string in a
//   STRING column, null elsewhere.
//
// Relationship endpoints are found by the primary key of their node table:
// csv_options::from_label (to_label), else the Label of :START_ID(Label)
// (:END_ID(Label)), else the FROM (TO) tables of the declared relationship
// table, else every declared node table. A key found in two tables is an error.
//
// Errors are load_error, with the message "file:line:column: what was wrong"
// and the position in `where()`. A load is all-or-nothing: after an error the
// graph is exactly as before. When the graph is already in a transaction
// (graph::begin), the load joins it and the caller's rollback undoes it; that
// is how several files are loaded as one unit.
#pragma once

#include "annals/detail/requires_cxx20.hpp"

#include "annals/graph.hpp"
#include "annals/import_policy.hpp"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

struct csv_options {
  // Kùzu's defaults, and its detection of what is not said (AUTO_DETECT):
  char delimiter = '\0'; // '\0': detected from the first rows among ',', '|', ';' and tab
  char quote = '"';      // '\0': no quoting (every '"' is data)
  char escape = '"';     // inside quotes, escape + quote (or escape + escape) is that character
  // Whether the first row (after `skip` rows) is a header; unset: detected
  // (see "Header or not" above). Kùzu's HEADER.
  std::optional<bool> header;
  std::size_t skip = 0;       // rows to skip at the start of each file (Kùzu's SKIP)
  bool ignore_errors = false; // skip bad rows, counting them (Kùzu's IGNORE_ERRORS)
  char list_delimiter = ';';  // between elements of an unbracketed list
  // Relationship files: the node tables of the FROM and TO keys, when the
  // relationship table alone does not say (Kùzu's COPY … (from='A', to='B')).
  std::string from_label, to_label;
  // A progress bar on stderr, shown only when stderr is a terminal and the file is over 1 MB.
  bool progress = true;
  // Which files may be read (include/annals/import_policy.hpp); unset: any
  // file, since the program chose them. COPY sets the database's imports().
  std::optional<import_policy> import;
  // Called every 1,024 rows; what it throws ends the load, which then leaves
  // nothing behind. COPY checks its statement's timeout and cancel here.
  std::function<void()> interrupt;
};

struct csv_load_stats {
  std::size_t rows = 0;    // nodes or relationships created
  std::size_t skipped = 0; // bad rows skipped under ignore_errors
  // The first few skipped rows, as "file:line:column: what was wrong".
  std::vector<std::string> skipped_rows;
  std::size_t files = 0;
  std::size_t bytes = 0; // size of the files
  double seconds = 0;
  static constexpr std::size_t max_skipped_rows_kept = 10;
};

// Both load one file into one table. Thread-safety: they write `g`; no other
// call may use `g` meanwhile.
csv_load_stats load_csv_nodes(graph& g, std::string_view label, const std::filesystem::path& file,
                              const csv_options& options = {});
csv_load_stats load_csv_relationships(graph& g, std::string_view type, const std::filesystem::path& file,
                                      const csv_options& options = {});

// Kùzu's COPY: loads every file into `table` (a relationship table or type
// when the schema has one by that name, else nodes), all of them or none.
// Each of `files` is a path or a glob pattern (*, ?, [abc]); a pattern that
// matches no file is an error. Relative ones are taken from the import
// directory of options.import, when it names one. Thread-safety: as load_csv_nodes.
csv_load_stats copy_csv(graph& g, std::string_view table, const std::vector<std::string>& files,
                        const csv_options& options = {});

// What COPY answers: "N rows loaded into T", then, when IGNORE_ERRORS
// skipped rows, how many and the first of them with their positions.
std::vector<std::string> copy_report(std::string_view table, const csv_load_stats& stats);

// The files a list of paths and glob patterns names, in order (each
// pattern's matches sorted). Throws load_error when a pattern matches nothing.
std::vector<std::filesystem::path> expand_csv_files(const std::vector<std::string>& files);

} // namespace annals
