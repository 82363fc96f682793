// Statements: queries (with UNION), table definitions (DDL), EXPLAIN/PROFILE.
#pragma once

#include "annals/grammar/clause.hpp"

namespace annals::grammar {

struct single_query : plus<clause> {};
struct union_all : seq<kw_union, kw_all> {};
struct union_distinct : kw_union {};
struct union_part : seq<sor<union_all, union_distinct>, single_query> {};
struct query : seq<single_query, star<union_part>> {};

// ---- DDL, in Kùzu's words ------------------------------------------------------
struct list_length : seq<decimal_integer, sp> {}; // a fixed list, DOUBLE[3]
struct list_suffix : seq<sym<'['>, opt<list_length>, sym<']'>> {};
struct type_name : seq<name, opt<list_suffix>> {
  static constexpr const char* expected = "a type";
};
struct column_primary_key : seq<kw_primary, kw_key> {};
struct column_definition : seq<name, type_name, opt<column_primary_key>> {};
struct primary_key : seq<kw_primary, kw_key, sym<'('>, name, sym<')'>> {};
struct endpoint : seq<kw_from, name, kw_to, name> {};
struct node_table_item : sor<primary_key, column_definition> {};
struct rel_table_item : sor<endpoint, column_definition> {};
struct table_name : name {};
struct create_node_table
    : seq<kw_create, kw_node, kw_table, table_name, sym<'('>, list<node_table_item, sym<','>>, sym<')'>> {};
struct create_rel_table
    : seq<kw_create, kw_rel, kw_table, table_name, sym<'('>, list<rel_table_item, sym<','>>, sym<')'>> {};
struct derived_query : query {};
// SYMMETRIC: one relationship per unordered pair (after the columns, so a column may be named SYMMETRIC).
struct symmetric_marker : kw_symmetric {};
struct derived_rel_table_item : sor<endpoint, column_definition, symmetric_marker> {};
struct create_derived_rel_table : seq<kw_create, kw_derived, kw_rel, kw_table, table_name, sym<'('>,
                                      list<derived_rel_table_item, sym<','>>, sym<')'>, kw_as, derived_query> {};
struct drop_table : seq<kw_drop, kw_table, table_name> {};
// COPY T FROM 'f' | ['a', 'b'] [(DELIM='|', HEADER=true, …)], as Kùzu has it.
struct copy_file : string_literal {};
struct copy_file_list : seq<sym<'['>, list<copy_file, sym<','>>, sym<']'>> {};
struct copy_option_name : name {};
struct copy_option_value : sor<string_literal, number_literal, true_literal, false_literal, name> {
  static constexpr const char* expected = "an option value";
};
struct copy_option : seq<copy_option_name, sym<'='>, copy_option_value> {};
struct copy_options : seq<sym<'('>, list<copy_option, sym<','>>, sym<')'>> {};
struct copy_from : seq<kw_copy, table_name, kw_from, sor<copy_file_list, copy_file>, opt<copy_options>> {};
struct ddl_statement : sor<create_node_table, create_rel_table, create_derived_rel_table, drop_table, copy_from> {};

struct explain_marker : kw_explain {};
struct profile_marker : kw_profile {};
struct statement_body : seq<opt<sor<explain_marker, profile_marker>>, sor<ddl_statement, query>> {};
// One statement; the script splitter has already cut at ';'.
struct statement : seq<sp, statement_body, opt<sym<';'>>, eof> {};

} // namespace annals::grammar
