// Graph patterns: (a:Label {k: v})-[r:TYPE*1..3]->(b), shortestPath((a)-[*]-(b)).
#pragma once

#include "annals/grammar/expression.hpp"

namespace annals::grammar {

struct properties : sor<map_literal, parameter> {};
struct node_labels : plus<label_name> {};
struct node_pattern : seq<sym<'('>, opt<variable>, opt<node_labels>, opt<properties>, sym<')'>> {};

// [r:A|B*1..3 {k: v}]
struct rel_type : seq<opt<sym<':'>>, name> {};
struct rel_types : seq<sym<':'>, name, star<sym<'|'>, rel_type>> {};
struct range_min : seq<decimal_integer, sp> {};
struct range_max : seq<decimal_integer, sp> {};
struct range_dots : syms<'.', '.'> {};
struct range_spec : seq<sym<'*'>, opt<range_min>, opt<range_dots, opt<range_max>>> {};
struct rel_detail : seq<sym<'['>, opt<variable>, opt<rel_types>, opt<range_spec>, opt<properties>, sym<']'>> {};

struct arrow_left : sym<'<'> {};
struct arrow_right : sym<'>'> {};
struct dash : sym<'-'> {};
struct rel_pattern : seq<opt<arrow_left>, dash, opt<rel_detail>, dash, opt<arrow_right>> {};

struct pattern_chain : seq<rel_pattern, node_pattern> {};
struct pattern_element : sor<seq<node_pattern, star<pattern_chain>>, seq<sym<'('>, pattern_element, sym<')'>>> {};
// A pattern used as an expression must have at least one relationship.
struct relationships_pattern : seq<node_pattern, plus<pattern_chain>> {};

struct shortest_path : seq<kw_shortest_path, sym<'('>, pattern_element, sym<')'>> {};
struct all_shortest_paths : seq<kw_all_shortest_paths, sym<'('>, pattern_element, sym<')'>> {};
struct pattern_part : seq<opt<path_binding>, sor<shortest_path, all_shortest_paths, pattern_element>> {};
struct pattern : list<pattern_part, sym<','>> {};

} // namespace annals::grammar
