// Clauses: reading (MATCH, UNWIND, WITH, RETURN) and writing (CREATE, MERGE,
// SET, REMOVE, DELETE), and the projection body they share.
#pragma once

#include "annals/grammar/call.hpp"

namespace annals::grammar {

struct where_clause : seq<kw_where, expression> {};

// MATCH <pattern> AS OF <date> WHERE …: valid time (annals' extension).
struct as_of : seq<kw_as, kw_of, expression> {};
struct optional_marker : kw_optional {};
struct match_clause : seq<opt<optional_marker>, kw_match, pattern, opt<as_of>, opt<where_clause>> {};

struct unwind_clause : seq<kw_unwind, expression, kw_as, variable> {};

// ---- projections --------------------------------------------------------------
struct alias : seq<kw_as, variable> {};
struct projection_item : seq<expression, opt<alias>> {};
struct project_all : sym<'*'> {};
struct projection_items
    : sor<seq<project_all, star<sym<','>, projection_item>>, list<projection_item, sym<','>>> {};
struct sort_ascending : sor<kw_ascending, kw_asc> {};
struct sort_descending : sor<kw_descending, kw_desc> {};
struct sort_item : seq<expression, opt<sor<sort_ascending, sort_descending>>> {};
struct order_by : seq<kw_order, kw_by, list<sort_item, sym<','>>> {};
struct skip : seq<kw_skip, expression> {};
struct limit : seq<kw_limit, expression> {};
struct projection_body : seq<opt<distinct_marker>, projection_items, opt<order_by>, opt<skip>, opt<limit>> {};

struct with_clause : seq<kw_with, projection_body, opt<where_clause>> {};
struct return_clause : seq<kw_return, projection_body> {};

// ---- writing ------------------------------------------------------------------
struct create_clause : seq<kw_create, pattern> {};

struct set_property : seq<postfix_expression, sym<'='>, expression> {};
struct set_all : seq<variable, sym<'='>, expression> {};
struct set_merge : seq<variable, syms<'+', '='>, expression> {};
struct set_labels : seq<variable, node_labels> {};
struct set_item : sor<set_merge, set_all, set_labels, set_property> {};
struct set_clause : seq<kw_set, list<set_item, sym<','>>> {};

struct on_match : seq<kw_on, kw_match, kw_set, list<set_item, sym<','>>> {};
struct on_create : seq<kw_on, kw_create, kw_set, list<set_item, sym<','>>> {};
struct merge_clause : seq<kw_merge, pattern_part, star<sor<on_match, on_create>>> {};

struct remove_labels : seq<variable, node_labels> {};
struct remove_property : seq<postfix_expression> {};
struct remove_item : sor<remove_labels, remove_property> {};
struct remove_clause : seq<kw_remove, list<remove_item, sym<','>>> {};

struct detach_marker : kw_detach {};
struct delete_clause : seq<opt<detach_marker>, kw_delete, list<expression, sym<','>>> {};

struct clause
    : sor<match_clause, unwind_clause, with_clause, return_clause, create_clause, merge_clause, set_clause,
          remove_clause, delete_clause, call_clause> {};

} // namespace annals::grammar
