// The AST of clauses and statements.
#pragma once

#include "annals/csv_loader.hpp"
#include "annals/schema.hpp"
#include "ast/parsed_call.hpp"
#include "ast/parsed_pattern.hpp"

namespace annals::ast {

struct parsed_match {
  bool optional = false;
  std::vector<parsed_pattern_part> pattern;
  expr_ptr as_of; // valid time; may be null
  expr_ptr where;
  std::size_t offset = 0;
};

struct parsed_unwind {
  expr_ptr list;
  std::string variable;
};

struct parsed_projection_item {
  expr_ptr expression;
  std::string alias; // the column name: the alias, or the expression's text
  bool has_alias = false;
};

struct parsed_sort_item {
  expr_ptr expression;
  bool descending = false;
};

// The body shared by WITH and RETURN.
struct parsed_projection {
  bool distinct = false;
  bool star = false;
  std::vector<parsed_projection_item> items;
  std::vector<parsed_sort_item> order_by;
  expr_ptr skip, limit;
  expr_ptr where; // WITH … WHERE
  std::size_t offset = 0;
};

struct parsed_create {
  std::vector<parsed_pattern_part> pattern;
};

enum class set_kind { property, replace_all, merge_all, labels };
struct parsed_set_item {
  set_kind kind;
  expr_ptr target;          // property: the n.key expression
  std::string variable;     // replace_all / merge_all / labels
  expr_ptr value;
  std::vector<std::string> labels;
};

struct parsed_merge {
  parsed_pattern_part pattern;
  std::vector<parsed_set_item> on_create, on_match;
};

struct parsed_remove_item {
  std::string variable;           // labels
  std::vector<std::string> labels;
  expr_ptr property;              // n.key
};

struct parsed_delete {
  bool detach = false;
  std::vector<expr_ptr> targets;
};

enum class clause_kind { match, unwind, with, return_, create, merge, set, remove, delete_, call };

struct parsed_clause {
  clause_kind kind;
  std::size_t offset = 0;
  parsed_match match;
  parsed_unwind unwind;
  parsed_projection projection; // WITH, RETURN
  parsed_create create;
  std::shared_ptr<parsed_merge> merge;
  std::vector<parsed_set_item> set_items;
  std::vector<parsed_remove_item> remove_items;
  parsed_delete del;
  std::shared_ptr<parsed_call> call;
};

struct parsed_single_query {
  std::vector<parsed_clause> clauses;
};

struct parsed_query {
  std::vector<parsed_single_query> parts;
  std::vector<bool> union_all; // between parts[i] and parts[i+1]
};

enum class statement_kind { query, create_node_table, create_rel_table, create_derived_rel_table, drop_table, copy_from };
enum class statement_mode { run, explain, profile };

struct parsed_statement {
  statement_kind kind = statement_kind::query;
  statement_mode mode = statement_mode::run;
  parsed_query query;
  node_table node_table_def;
  rel_table rel_table_def;
  std::string table_name; // DROP TABLE, COPY
  std::vector<std::string> files; // COPY … FROM 'file' | ['a', 'b'], paths or glob patterns
  csv_options copy_options;       // COPY … (DELIM='|', …)
  std::string text;       // the statement's text
};

} // namespace annals::ast
