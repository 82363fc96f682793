// Text -> AST. The grammar is in grammar/annals/grammar/*.hpp; this stage
// keeps PEGTL's parse tree of it and turns that into the AST of lib/ast.
#pragma once

#include "annals/limits.hpp"
#include "ast/parsed_statement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annals::parser {

// Deepest nesting of brackets and expressions a statement may have: the
// default of query_limits::max_expression_depth, and the most it may be
// raised to (parsing recurses once per level, on the thread's stack).
constexpr int max_nesting_depth = 200;
constexpr int hard_max_nesting_depth = static_cast<int>(query_limits::max_expression_depth_ceiling);

// One statement of a script: where it starts and ends in the script text.
struct statement_span {
  std::size_t begin = 0, end = 0;
};

// Cuts a script at the ';' between statements (not those inside strings,
// names or comments). Spans holding only whitespace and comments are dropped.
std::vector<statement_span> split_script(std::string_view script);

// Parses one statement: `script.substr(span.begin, span.end - span.begin)`.
// Throws syntax_error with the position in `script`.
// `max_depth` bounds the nesting (at most hard_max_nesting_depth).
ast::parsed_statement parse_statement(const std::string& script, statement_span span,
                                      int max_depth = max_nesting_depth);

// Parses a whole text holding exactly one statement.
inline ast::parsed_statement parse_statement(const std::string& text) {
  return parse_statement(text, statement_span{0, text.size()});
}

} // namespace annals::parser
