// CALL: procedures, standalone (`CALL db.labels`) or inside a query
// (`MATCH … CALL algo.pagerank({…}) YIELD node, score WHERE score > 0.1 RETURN …`).
#pragma once

#include "annals/grammar/pattern.hpp"

namespace annals::grammar {

ANNALS_KEYWORD(kw_yield, "YIELD");

struct procedure_name : seq<symbolic_name, star<one<'.'>, symbolic_name>, sp> {
  static constexpr const char* expected = "a procedure name";
};
// Without parentheses the arguments are the parameters of the same names (standalone calls only).
struct procedure_arguments : seq<sym<'('>, opt<list<expression, sym<','>>>, sym<')'>> {};
struct yield_alias : seq<kw_as, variable> {};
struct yield_item : seq<name, opt<yield_alias>> {};
struct yield_all : sym<'*'> {};
struct yield_items : sor<yield_all, list<yield_item, sym<','>>> {};
struct yield_where : seq<kw_where, expression> {};
struct yield_clause : seq<kw_yield, yield_items, opt<yield_where>> {};
struct call_clause : seq<kw_call, procedure_name, opt<procedure_arguments>, opt<yield_clause>> {};

} // namespace annals::grammar
