// The TCK value syntax as PEGTL rules: null, booleans, integers, floats,
// single-quoted strings, lists, maps, nodes, relationships and paths.
// Each composite value commits (must<>) once its opening is recognised.
#pragma once

#include <tao/pegtl.hpp>

namespace annals::tck::value_grammar {

namespace p = tao::pegtl;

struct ws : p::star<p::one<' ', '\t', '\r', '\n'>> {};
template <char C> struct token : p::seq<ws, p::one<C>, ws> {};
struct comma : token<','> {};

// ---- scalars ----------------------------------------------------------------
struct word_end : p::not_at<p::identifier_other> {};
struct null_literal : p::seq<TAO_PEGTL_ISTRING("null"), word_end> {};
struct true_literal : p::seq<TAO_PEGTL_ISTRING("true"), word_end> {};
struct false_literal : p::seq<TAO_PEGTL_ISTRING("false"), word_end> {};

struct digits : p::plus<p::digit> {};
struct sign : p::one<'+', '-'> {};
struct exponent : p::seq<p::one<'e', 'E'>, p::opt<sign>, digits> {};
struct decimal_float : p::seq<p::opt<sign>, p::sor<p::seq<digits, p::one<'.'>, digits, p::opt<exponent>>,
                                                   p::seq<p::one<'.'>, digits, p::opt<exponent>>, p::seq<digits, exponent>>> {};
struct nan_literal : p::seq<TAO_PEGTL_STRING("NaN"), word_end> {};
struct infinity_literal : p::seq<p::opt<sign>, TAO_PEGTL_STRING("Infinity"), word_end> {};
struct float_literal : p::sor<decimal_float, nan_literal, infinity_literal> {};
struct integer_literal : p::seq<p::opt<sign>, digits, word_end> {};

struct escaped : p::seq<p::one<'\\'>, p::any> {};
struct single_quoted_text : p::star<p::sor<escaped, p::not_one<'\'', '\\'>>> {};
struct double_quoted_text : p::star<p::sor<escaped, p::not_one<'"', '\\'>>> {};
struct string_literal : p::sor<p::seq<p::one<'\''>, single_quoted_text, p::must<p::one<'\''>>>,
                               p::seq<p::one<'"'>, double_quoted_text, p::must<p::one<'"'>>>> {};

// ---- names ------------------------------------------------------------------
struct quoted_name : p::seq<p::one<'`'>, p::star<p::not_one<'`'>>, p::must<p::one<'`'>>> {};
struct plain_name : p::plus<p::sor<p::identifier_other, p::one<'$'>>> {};
struct name : p::sor<quoted_name, plain_name> {};

// ---- composites -------------------------------------------------------------
struct value;

struct list_open : p::one<'['> {};
struct list : p::seq<list_open, ws, p::must<p::opt<p::list<value, comma>>, ws, p::one<']'>>> {};

struct map_entry : p::seq<name, token<':'>, value> {};
struct map_open : p::one<'{'> {};
struct map : p::seq<map_open, ws, p::must<p::opt<p::list<map_entry, comma>>, ws, p::one<'}'>>> {};

struct label : p::seq<p::one<':'>, ws, name> {};
struct node_open : p::one<'('> {};
struct node : p::seq<node_open, ws, p::must<p::star<label, ws>, p::opt<map>, ws, p::one<')'>>> {};

struct relationship_type : p::seq<p::one<':'>, ws, name> {};
struct relationship_open : p::seq<p::one<'['>, p::at<ws, p::one<':'>>> {};
struct relationship
    : p::seq<relationship_open, ws, p::must<relationship_type, ws, p::opt<map>, ws, p::one<']'>>> {};

struct forward_hop : p::seq<p::one<'-'>, ws, p::must<relationship, ws, TAO_PEGTL_STRING("->")>> {};
struct backward_hop : p::seq<TAO_PEGTL_STRING("<-"), ws, p::must<relationship, ws, p::one<'-'>>> {};
struct hop : p::seq<p::sor<backward_hop, forward_hop>, ws, p::must<node>> {};
struct path_open : p::one<'<'> {};
struct path : p::seq<path_open, ws, p::must<node, ws, p::star<hop, ws>, p::one<'>'>>> {};

struct value : p::sor<null_literal, true_literal, false_literal, float_literal, integer_literal, string_literal,
                      relationship, list, map, node, path> {};

struct cell : p::seq<ws, p::must<value, ws, p::eof>> {};

} // namespace annals::tck::value_grammar
