// The AST of CALL: a procedure, its arguments and what it yields.
#pragma once

#include "ast/parsed_expression.hpp"

#include <string>
#include <vector>

namespace annals::ast {

struct parsed_yield_item {
  std::string field;    // the procedure's output column
  std::string variable; // the name it is bound to: the alias, or the field itself
  std::size_t offset = 0;
};

struct parsed_call {
  std::string procedure;
  std::size_t offset = 0;
  // `CALL p` without parentheses takes its arguments from the parameters of the same names.
  bool explicit_arguments = false;
  std::vector<expr_ptr> arguments;
  bool has_yield = false;
  bool yield_all = false; // YIELD *
  std::size_t yield_offset = 0;
  std::vector<parsed_yield_item> yields;
  expr_ptr where; // YIELD … WHERE
};

} // namespace annals::ast
