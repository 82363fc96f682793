// The Gherkin subset of the openCypher TCK, as PEGTL rules. Line based:
// every line is a comment, a blank, a tag line, a keyword line, a docstring
// fence or content line, or a table row. Both LF and CRLF line ends.
#pragma once

#include <tao/pegtl.hpp>

namespace annals::tck::gherkin_grammar {

namespace p = tao::pegtl;

// ---- lines ------------------------------------------------------------------
struct blank : p::one<' ', '\t'> {};
struct blanks : p::star<blank> {};
struct line_char : p::not_one<'\r', '\n'> {};
struct line_rest : p::star<line_char> {};
struct comment_line : p::seq<blanks, p::one<'#'>, line_rest, p::eolf> {};
struct empty_line : p::seq<blanks, p::eol> {};
struct skip : p::star<p::sor<empty_line, comment_line>> {};

// ---- tags -------------------------------------------------------------------
struct tag : p::seq<p::one<'@'>, p::plus<p::not_one<' ', '\t', '\r', '\n'>>> {};
struct tag_line : p::seq<blanks, p::list<tag, p::plus<blank>>, blanks, p::eolf> {};
struct tags_start : p::success {};
struct tags : p::seq<tags_start, p::star<tag_line, skip>> {};

// ---- docstrings -------------------------------------------------------------
struct fence : TAO_PEGTL_STRING("\"\"\"") {};
struct docstring_open : p::seq<blanks, fence, line_rest, p::eol> {};
struct docstring_close : p::seq<blanks, fence, blanks, p::eolf> {};
struct docstring_text : line_rest {};
struct docstring_line : p::seq<p::not_at<docstring_close>, docstring_text, p::eol> {};
struct docstring : p::seq<docstring_open, p::star<docstring_line>, p::must<docstring_close>> {};

// ---- tables -----------------------------------------------------------------
struct cell_escape : p::seq<p::one<'\\'>, line_char> {};
struct cell_char : p::sor<cell_escape, p::not_one<'|', '\r', '\n'>> {};
struct table_cell : p::seq<p::star<cell_char>, p::one<'|'>> {};
struct row_start : p::one<'|'> {};
struct table_row : p::seq<blanks, row_start, p::must<p::star<table_cell>, blanks, p::eolf>> {};
struct table : p::plus<table_row, skip> {};

// ---- steps ------------------------------------------------------------------
struct step_keyword : p::sor<TAO_PEGTL_STRING("Given"), TAO_PEGTL_STRING("When"), TAO_PEGTL_STRING("Then"),
                             TAO_PEGTL_STRING("And"), TAO_PEGTL_STRING("But")> {};
struct step_text : line_rest {};
struct step_line : p::seq<blanks, step_keyword, p::plus<blank>, step_text, p::eolf> {};
struct step_argument : p::sor<docstring, table> {};
struct step : p::seq<step_line, skip, p::opt<step_argument>> {};
struct steps : p::star<skip, step> {};

// ---- structure --------------------------------------------------------------
struct title : line_rest {};
struct feature_keyword : TAO_PEGTL_STRING("Feature:") {};
struct background_keyword : TAO_PEGTL_STRING("Background:") {};
struct outline_keyword : TAO_PEGTL_STRING("Scenario Outline:") {};
struct scenario_keyword : TAO_PEGTL_STRING("Scenario:") {};
struct examples_keyword : TAO_PEGTL_STRING("Examples:") {};

struct feature_line : p::seq<tags, blanks, feature_keyword, blanks, title, p::eolf> {};
struct background : p::seq<blanks, background_keyword, line_rest, p::eolf, steps> {};
struct scenario_line : p::seq<tags, blanks, p::sor<outline_keyword, scenario_keyword>, blanks, title, p::eolf> {};
struct examples_block : p::seq<tags, blanks, examples_keyword, line_rest, p::eolf, skip, p::must<table>> {};
struct scenario : p::seq<scenario_line, steps, p::star<skip, examples_block>> {};

struct bom : TAO_PEGTL_STRING("\xEF\xBB\xBF") {};
struct feature_file
    : p::seq<p::opt<bom>, skip, feature_line, skip, p::opt<background>, p::star<skip, scenario>, skip, blanks,
             p::must<p::eof>> {};

} // namespace annals::tck::gherkin_grammar
