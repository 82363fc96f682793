// The AST of expressions, as the parser builds it: names are still text.
#pragma once

#include "annals/value.hpp"

#include <memory>
#include <string>
#include <vector>

namespace annals::ast {

struct parsed_pattern_part;
struct parsed_query;
struct parsed_match;

enum class expr_kind {
  literal,      // value
  parameter,    // name
  variable,     // name
  property,     // children[0].name
  index,        // children[0][children[1]]
  slice,        // children[0][children[1]..children[2]] (null child = open end)
  label_check,  // children[0]:names…
  unary,        // op children[0]
  binary,       // children[0] op children[1]
  is_null,      // children[0] IS NULL
  is_not_null,  // children[0] IS NOT NULL
  list,         // [children…]
  map,          // {names[i]: children[i]}
  function,     // name(children…), distinct
  count_star,   // count(*)
  case_expr,    // subject? (when, then)* else? : see case_* fields
  list_comprehension, // [name IN children[0] WHERE filter | map]
  pattern_comprehension,
  quantifier,   // name = all/any/none/single, variable, children[0] list, filter
  pattern_predicate,
  exists_subquery,
};

struct parsed_expression;
using expr_ptr = std::shared_ptr<parsed_expression>;

struct parsed_expression {
  expr_kind kind;
  std::size_t offset = 0; // byte offset in the statement text (for errors)
  std::string text;       // the source text, used as the column name when not aliased
  value literal;
  std::string name;            // variable, parameter, function, property key, operator
  std::vector<std::string> names;
  std::vector<expr_ptr> children;
  bool distinct = false;
  // CASE
  expr_ptr case_subject, case_else;
  std::vector<std::pair<expr_ptr, expr_ptr>> case_whens;
  // comprehensions, quantifiers
  std::string variable;
  expr_ptr filter, mapping;
  // patterns inside expressions
  std::shared_ptr<parsed_pattern_part> pattern;
  std::shared_ptr<parsed_match> subquery_match;  // EXISTS { pattern WHERE … }
  std::shared_ptr<parsed_query> subquery;        // EXISTS { MATCH … RETURN … }
};

} // namespace annals::ast
