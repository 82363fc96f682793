// Expressions, from the loosest operator (OR) to the tightest (property
// lookup), as in the openCypher grammar.
#pragma once

#include "annals/grammar/lexical.hpp"

namespace annals::grammar {

struct expression;
struct relationships_pattern; // pattern.hpp
struct pattern_element;
struct pattern_part;
struct pattern;
struct where_clause;
struct single_query;
struct properties;

// ---- atoms ------------------------------------------------------------------
struct list_literal : seq<sym<'['>, opt<list<expression, sym<','>>>, sym<']'>> {};
struct map_entry : seq<name, sym<':'>, expression> {};
struct map_literal : seq<sym<'{'>, opt<list<map_entry, sym<','>>>, sym<'}'>> {};
struct literal
    : sor<number_literal, string_literal, true_literal, false_literal, null_literal, map_literal, list_literal> {};

struct count_star : seq<kw_count, sym<'('>, sym<'*'>, sym<')'>> {};

struct case_when : seq<kw_when, expression, kw_then, expression> {};
struct case_else : seq<kw_else, expression> {};
struct case_subject : seq<expression> {};
struct case_expression : seq<kw_case, opt<not_at<kw_when>, case_subject>, plus<case_when>, opt<case_else>, kw_end> {};

// [x IN list WHERE x > 1 | x * 2]
struct comprehension_filter : seq<kw_where, expression> {};
struct comprehension_map : seq<sym<'|'>, expression> {};
struct in_list : seq<variable, kw_in, expression> {};
struct list_comprehension : seq<sym<'['>, in_list, opt<comprehension_filter>, opt<comprehension_map>, sym<']'>> {};
// [(a)-->(b) WHERE b.x > 1 | b.name]
struct path_binding : seq<variable, sym<'='>> {};
struct pattern_comprehension
    : seq<sym<'['>, opt<path_binding>, relationships_pattern, opt<comprehension_filter>, sym<'|'>, expression,
          sym<']'>> {};

// all(x IN list WHERE pred), any(…), none(…), single(…)
struct quantifier_kind : sor<kw_all, kw_any, kw_none, kw_single> {};
struct quantifier : seq<quantifier_kind, sym<'('>, in_list, opt<comprehension_filter>, sym<')'>> {};

// EXISTS { MATCH … } or EXISTS { (a)-->(b) WHERE … }
struct exists_subquery : seq<kw_exists, sym<'{'>, sor<single_query, seq<pattern, opt<where_clause>>>, sym<'}'>> {};

struct function_name : seq<symbolic_name, star<one<'.'>, symbolic_name>, sp> {};
struct distinct_marker : kw_distinct {};
struct function_call
    : seq<function_name, sym<'('>, opt<distinct_marker>, opt<list<expression, sym<','>>>, sym<')'>> {};

struct parenthesized : seq<sym<'('>, expression, sym<')'>> {};
struct pattern_predicate : seq<relationships_pattern> {};

// The comprehensions come before the list literal: `[x IN list]` is a list
// comprehension in openCypher, and trying the literal first would parse every
// nested `[x IN …` twice (exponentially often at depth).
struct atom
    : sor<list_comprehension, pattern_comprehension, literal, parameter, case_expression, count_star, quantifier,
          exists_subquery, pattern_predicate, parenthesized, function_call, variable> {};

// ---- postfix: n.name, list[1], list[1..2], n:Label -----------------------------
struct property_lookup : seq<sym<'.'>, name> {};
struct slice_from : seq<expression> {};
struct slice_to : seq<expression> {};
struct list_slice : seq<sym<'['>, opt<slice_from>, syms<'.', '.'>, opt<slice_to>, sym<']'>> {};
struct list_index : seq<sym<'['>, expression, sym<']'>> {};
struct label_name : seq<sym<':'>, name> {};
struct label_predicate : plus<label_name> {};
// An index before a slice: a slice's start parsed as an index is parsed again
// only when `..` follows, never for each nested index.
struct postfix_expression : seq<atom, star<sor<property_lookup, list_index, list_slice, label_predicate>>> {};

// ---- arithmetic ------------------------------------------------------------------
struct op_neg : sym<'-'> {};
struct op_pos : sym<'+'> {};
struct unary_expression : seq<star<sor<op_neg, op_pos>>, postfix_expression> {
  static constexpr const char* expected = "an expression";
};
struct op_pow : sym<'^'> {};
struct power_expression : seq<unary_expression, star<op_pow, unary_expression>> {};
struct op_mul : sym<'*'> {};
struct op_div : sym<'/'> {};
struct op_mod : sym<'%'> {};
struct multiplicative_expression
    : seq<power_expression, star<sor<op_mul, op_div, op_mod>, power_expression>> {};
struct op_add : sym<'+'> {};
struct op_sub : sym<'-'> {};
struct additive_expression : seq<multiplicative_expression, star<sor<op_add, op_sub>, multiplicative_expression>> {};

// ---- string, list and null predicates --------------------------------------------
struct op_starts_with : seq<kw_starts, kw_with> {};
struct op_ends_with : seq<kw_ends, kw_with> {};
struct op_contains : kw_contains {};
struct op_in : kw_in {};
struct op_regex : syms<'=', '~'> {};
struct op_is_null : seq<kw_is, kw_null> {};
struct op_is_not_null : seq<kw_is, kw_not, kw_null> {};
struct predicate_suffix
    : sor<seq<sor<op_starts_with, op_ends_with, op_contains, op_in, op_regex>, additive_expression>, op_is_null,
          op_is_not_null> {};
struct predicate_expression : seq<additive_expression, star<predicate_suffix>> {};

// ---- comparison: a < b <= c means a < b AND b <= c ---------------------------------
struct op_eq : sym<'='> {};
struct op_ne : sor<syms<'<', '>'>, syms<'!', '='>> {};
struct op_le : syms<'<', '='> {};
struct op_ge : syms<'>', '='> {};
struct op_lt : sym<'<'> {};
struct op_gt : sym<'>'> {};
struct comparison_operator : sor<op_ne, op_le, op_ge, op_eq, op_lt, op_gt> {};
struct comparison_expression : seq<predicate_expression, star<comparison_operator, predicate_expression>> {};

// ---- boolean -------------------------------------------------------------------------
struct op_not : kw_not {};
struct not_expression : seq<star<op_not>, comparison_expression> {};
struct and_expression : seq<not_expression, star<kw_and, not_expression>> {};
struct xor_expression : seq<and_expression, star<kw_xor, and_expression>> {};
struct or_expression : seq<xor_expression, star<kw_or, xor_expression>> {};
struct expression : seq<or_expression> {
  static constexpr const char* expected = "an expression";
};

} // namespace annals::grammar
