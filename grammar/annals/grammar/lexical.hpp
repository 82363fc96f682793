// Lexical rules: whitespace, comments, keywords, names, literals.
// Every token rule swallows the whitespace after it, so the rules that
// combine tokens read like the .peg listing.
#pragma once

#include <tao/pegtl.hpp>

namespace annals::grammar {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- whitespace and comments ------------------------------------------------
struct line_comment : seq<string<'/', '/'>, until<eolf>> {};
struct block_comment_end : string<'*', '/'> {};
struct block_comment : seq<string<'/', '*'>, until<block_comment_end>> {};
struct sp : star<sor<plus<space>, line_comment, block_comment>> {};

// ---- names ------------------------------------------------------------------
// Non-ASCII bytes are letters, so names like Juárez need no quoting.
struct ident_first : sor<alpha, one<'_'>, range<'\x80', '\xff'>> {};
struct ident_other : sor<alnum, one<'_'>, range<'\x80', '\xff'>> {};

// A token: its text, then the whitespace after it. `expected` names it in
// syntax errors ("expected ')' or ','").
template <char C> struct sym : seq<one<C>, sp> {
  static constexpr char expected_text[] = {'\'', C, '\'', '\0'};
  static constexpr const char* expected = expected_text;
};
template <char... Cs> struct syms : seq<string<Cs...>, sp> {
  static constexpr char expected_text[] = {'\'', Cs..., '\'', '\0'};
  static constexpr const char* expected = expected_text;
};

#define ANNALS_KEYWORD(rule_name, text)                                                                             \
  struct rule_name : seq<TAO_PEGTL_ISTRING(text), not_at<ident_other>, sp> {                                       \
    static constexpr const char* expected = text;                                                                  \
  }

ANNALS_KEYWORD(kw_match, "MATCH");
ANNALS_KEYWORD(kw_optional, "OPTIONAL");
ANNALS_KEYWORD(kw_where, "WHERE");
ANNALS_KEYWORD(kw_with, "WITH");
ANNALS_KEYWORD(kw_unwind, "UNWIND");
ANNALS_KEYWORD(kw_return, "RETURN");
ANNALS_KEYWORD(kw_distinct, "DISTINCT");
ANNALS_KEYWORD(kw_order, "ORDER");
ANNALS_KEYWORD(kw_by, "BY");
ANNALS_KEYWORD(kw_asc, "ASC");
ANNALS_KEYWORD(kw_ascending, "ASCENDING");
ANNALS_KEYWORD(kw_desc, "DESC");
ANNALS_KEYWORD(kw_descending, "DESCENDING");
ANNALS_KEYWORD(kw_skip, "SKIP");
ANNALS_KEYWORD(kw_limit, "LIMIT");
ANNALS_KEYWORD(kw_union, "UNION");
ANNALS_KEYWORD(kw_all, "ALL");
ANNALS_KEYWORD(kw_as, "AS");
ANNALS_KEYWORD(kw_of, "OF");
ANNALS_KEYWORD(kw_create, "CREATE");
ANNALS_KEYWORD(kw_merge, "MERGE");
ANNALS_KEYWORD(kw_on, "ON");
ANNALS_KEYWORD(kw_set, "SET");
ANNALS_KEYWORD(kw_remove, "REMOVE");
ANNALS_KEYWORD(kw_delete, "DELETE");
ANNALS_KEYWORD(kw_detach, "DETACH");
ANNALS_KEYWORD(kw_and, "AND");
ANNALS_KEYWORD(kw_or, "OR");
ANNALS_KEYWORD(kw_xor, "XOR");
ANNALS_KEYWORD(kw_not, "NOT");
ANNALS_KEYWORD(kw_in, "IN");
ANNALS_KEYWORD(kw_is, "IS");
ANNALS_KEYWORD(kw_null, "NULL");
ANNALS_KEYWORD(kw_true, "TRUE");
ANNALS_KEYWORD(kw_false, "FALSE");
ANNALS_KEYWORD(kw_starts, "STARTS");
ANNALS_KEYWORD(kw_ends, "ENDS");
ANNALS_KEYWORD(kw_contains, "CONTAINS");
ANNALS_KEYWORD(kw_case, "CASE");
ANNALS_KEYWORD(kw_when, "WHEN");
ANNALS_KEYWORD(kw_then, "THEN");
ANNALS_KEYWORD(kw_else, "ELSE");
ANNALS_KEYWORD(kw_end, "END");
ANNALS_KEYWORD(kw_count, "COUNT");
ANNALS_KEYWORD(kw_exists, "EXISTS");
ANNALS_KEYWORD(kw_any, "ANY");
ANNALS_KEYWORD(kw_none, "NONE");
ANNALS_KEYWORD(kw_single, "SINGLE");
ANNALS_KEYWORD(kw_shortest_path, "shortestPath");
ANNALS_KEYWORD(kw_all_shortest_paths, "allShortestPaths");
ANNALS_KEYWORD(kw_explain, "EXPLAIN");
ANNALS_KEYWORD(kw_profile, "PROFILE");
ANNALS_KEYWORD(kw_node, "NODE");
ANNALS_KEYWORD(kw_rel, "REL");
ANNALS_KEYWORD(kw_table, "TABLE");
ANNALS_KEYWORD(kw_derived, "DERIVED");
ANNALS_KEYWORD(kw_symmetric, "SYMMETRIC");
ANNALS_KEYWORD(kw_from, "FROM");
ANNALS_KEYWORD(kw_to, "TO");
ANNALS_KEYWORD(kw_primary, "PRIMARY");
ANNALS_KEYWORD(kw_key, "KEY");
ANNALS_KEYWORD(kw_drop, "DROP");
ANNALS_KEYWORD(kw_copy, "COPY");
ANNALS_KEYWORD(kw_call, "CALL");

// Words that cannot name a variable without backquotes.
struct reserved_word
    : sor<kw_match, kw_optional, kw_where, kw_with, kw_unwind, kw_return, kw_distinct, kw_order, kw_skip, kw_limit,
          kw_union, kw_as, kw_create, kw_merge, kw_set, kw_remove, kw_delete, kw_detach, kw_and, kw_or, kw_xor, kw_not,
          kw_in, kw_is, kw_null, kw_true, kw_false, kw_starts, kw_ends, kw_contains, kw_case, kw_when, kw_then,
          kw_else, kw_end, kw_on, kw_call> {};

struct escaped_name : seq<one<'`'>, star<sor<string<'`', '`'>, not_one<'`'>>>, one<'`'>> {};
struct unescaped_name : seq<ident_first, star<ident_other>> {};
// Any name, reserved words included: labels, types, property keys, functions.
struct symbolic_name : sor<escaped_name, unescaped_name> {};
struct name : seq<symbolic_name, sp> {
  static constexpr const char* expected = "a name";
};
// A variable: a name that is not a reserved word.
struct variable : seq<sor<escaped_name, seq<not_at<reserved_word>, unescaped_name>>, sp> {
  static constexpr const char* expected = "a variable";
};

// ---- literals -----------------------------------------------------------------
struct hex_integer : seq<one<'0'>, one<'x', 'X'>, plus<xdigit>> {};
struct octal_integer : seq<one<'0'>, one<'o'>, plus<range<'0', '7'>>> {};
struct decimal_integer : plus<digit> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, plus<digit>> {};
struct float_literal
    : sor<seq<plus<digit>, one<'.'>, plus<digit>, opt<exponent>>, seq<one<'.'>, plus<digit>, opt<exponent>>,
          seq<plus<digit>, exponent>> {};
struct integer_literal : sor<hex_integer, octal_integer, decimal_integer> {};
// A number followed by letters (`1abc`) is not a number.
struct number_literal : seq<sor<float_literal, integer_literal>, not_at<ident_other>, sp> {
  static constexpr const char* expected = "a number";
};

struct string_escape : seq<one<'\\'>, any> {};
struct single_quoted : seq<one<'\''>, star<sor<string_escape, not_one<'\'', '\\'>>>, one<'\''>> {};
struct double_quoted : seq<one<'"'>, star<sor<string_escape, not_one<'"', '\\'>>>, one<'"'>> {};
struct string_literal : seq<sor<single_quoted, double_quoted>, sp> {
  static constexpr const char* expected = "a string";
};

struct true_literal : kw_true {};
struct false_literal : kw_false {};
struct null_literal : kw_null {};

struct parameter_name : sor<symbolic_name, plus<digit>> {};
struct parameter : seq<one<'$'>, parameter_name, sp> {
  static constexpr const char* expected = "a parameter";
};

} // namespace annals::grammar
