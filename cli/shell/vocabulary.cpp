#include "vocabulary.hpp"



namespace annals::cli {

namespace {

constexpr std::string_view keyword_list[] = {
    "MATCH",  "OPTIONAL", "WHERE",   "WITH",    "UNWIND",   "RETURN",  "ORDER",   "BY",       "SKIP",    "LIMIT",
    "CREATE", "MERGE",    "ON",      "SET",     "DELETE",   "DETACH",  "REMOVE",  "DISTINCT", "AS",      "ASC",
    "DESC",   "AND",      "OR",      "XOR",     "NOT",      "IN",      "IS",      "NULL",     "TRUE",    "FALSE",
    "CASE",   "WHEN",     "THEN",    "ELSE",    "END",      "UNION",   "ALL",     "STARTS",   "ENDS",    "CONTAINS",
    "EXISTS", "EXPLAIN",  "PROFILE", "NODE",    "REL",      "TABLE",   "PRIMARY", "KEY",      "FROM",    "TO",
    "DROP",   "DERIVED",  "OF",      "STRING",  "INT64",    "DOUBLE",  "BOOL",    "DATE",     "ASCENDING", "DESCENDING",
    "CALL",   "YIELD",    "SYMMETRIC"
};

constexpr std::string_view function_list[] = {
    "abs",          "all",      "any",           "avg",        "ceil",       "cite",        "coalesce",   "collect",
    "count",        "date",     "earliest",      "endNode",    "exists",     "floor",       "head",       "id",
    "keys",         "labels",   "last",          "latest",     "left",       "length",      "ltrim",      "max",
    "min",          "nodes",    "none",          "overlaps",   "possibly_valid_at", "precision", "properties", "range",
    "relationships", "replace", "reverse",       "right",      "round",      "rtrim",       "shortestPath", "allShortestPaths",
    "sign",         "single",   "size",          "split",      "sqrt",       "startNode",   "substring",  "sum",
    "tail",         "toFloat",  "toInteger",     "toLower",    "toString",   "toUpper",     "trim",       "type",
    "valid_at",     "valid_during"};

constexpr meta_command_help meta_list[] = {
    {":help", ":help [COMMAND]", "this list, or what one command does",
     ":help load and :help :load both explain :load."},
    {":schema", ":schema [TABLE]", "tables, columns, endpoints and counts (or one table's)",
     "From CALL db.schema(): node tables, relationship tables (derived ones marked), then labels and\n"
     "types in use that no table declares. With a name, only that table, label or type."},
    {":load", ":load FILE|GLOB|FOLDER", "run script files",
     "A folder runs its *.cypher files in name order; a pattern (data/*.cypher) the files it matches, in\n"
     "name order. The first error stops the load; the statements before it stay done."},
    {":history", ":history [N]", "the statements and commands typed (the last N)",
     "Entries of earlier sessions come first (kept in ~/.annals_history); arrow keys recall them."},
    {":params", ":params [name=JSON | clear]", "set a $parameter, list them, or forget them",
     "The value is JSON: :params who=\"Benito Juárez\", :params years=[1862, 1867]."},
    {":format", ":format [MODE]", "how results print: table, box, line, markdown, csv, tsv, json, jsonlines"},
    {":mode", ":mode [MODE]", "the same as :format (sqlite's name)"},
    {":maxwidth", ":maxwidth [N|off]", "cut table cells wider than N columns (off: show them whole)"},
    {":timing", ":timing on|off", "print how long each statement took"},
    {":explain", ":explain on|off", "show the plan of each statement instead of running it",
     "A statement may also begin with EXPLAIN itself."},
    {":profile", ":profile on|off", "run each statement and show its plan with rows and times",
     "A statement may also begin with PROFILE itself."},
    {":cite", ":cite on|off", "add the citations of the nodes and relationships each row used"},
    {":timeout", ":timeout [MS|off]", "end statements that run longer than MS milliseconds"},
    {":limits", ":limits", "show the query limits"},
    {":limit", ":limit NAME [VALUE]", "set or show one query limit (timeout in ms)",
     "NAME is max_expression_depth, max_pattern_length, max_clauses, max_path_length, max_result_rows,\n"
     "max_intermediate_rows, max_memory (bytes: 2GB, 512MB) or timeout. A query past a limit\n"
     "ends with an error naming it."},
    {":save", ":save [FILE]", "write a snapshot of the database (no FILE: the --db or :open one)"},
    {":open", ":open FILE", "replace the database with a snapshot"},
    {":quit", ":quit", "leave (so does Ctrl-D)",
     "In memory (no --db), a first :quit after unsaved changes warns; a second one leaves.\n"
     "Under --db every statement is on disk already."},
    {":exit", ":exit", "leave"},
    {":q", ":q", "leave"},
};

} // namespace

std::span<const std::string_view> keywords() { return keyword_list; }
std::span<const std::string_view> function_names() { return function_list; }
std::span<const meta_command_help> meta_commands() { return meta_list; }

} // namespace annals::cli
