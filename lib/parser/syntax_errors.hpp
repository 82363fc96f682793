// The parser's control class and the state it keeps for one parse. PEGTL
// tells us only that the text did not match, so the control class, which
// sees every rule start and end, also
//  - remembers the farthest position where a named token (one with an
//    `expected` text) was tried, and which tokens were expected there, so
//    errors read "expected ')' or ','";
//  - counts the nesting of the rules through which the grammar recurses
//    (`expression`, `pattern_element`), so that deep input ends in an error
//    naming the limit before it exhausts the thread's stack. Brackets inside
//    strings and comments are never counted: only rules the text really
//    nests are.
// All of it lives in a `parse_state` passed to PEGTL as a state: nothing is
// global or thread-local, so any number of threads parse at once.
#pragma once

#include "annals/error.hpp"
#include "annals/grammar/expression.hpp"
#include "annals/grammar/lexical.hpp"
#include "annals/grammar/pattern.hpp"
#include "values/stack_guard.hpp"

#include <tao/pegtl.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace annals::parser {

struct failure_tracker {
  struct attempt {
    std::size_t offset, farthest_before, expected_before;
  };
  std::size_t farthest = 0;
  std::vector<std::string> expected; // in the order tried
  std::vector<attempt> starts;
  int suppressed = 0; // inside the reserved-word lookahead, failures mean nothing

  void start(std::size_t offset) { starts.push_back({offset, farthest, expected.size()}); }
  void done() { starts.pop_back(); }
  // A named rule failed where it started. When it is the farthest failure,
  // it speaks for the tokens inside it: "expected an expression", not every
  // token an expression may start with.
  void failed(const char* what) {
    const attempt a = starts.back();
    starts.pop_back();
    if (suppressed) return;
    if (a.offset > farthest) {
      farthest = a.offset;
      expected.clear();
    } else if (a.offset == farthest) {
      expected.resize(a.farthest_before == farthest ? a.expected_before : 0);
    } else {
      return;
    }
    if (std::find(expected.begin(), expected.end(), what) == expected.end()) expected.emplace_back(what);
  }
};

// The message of every nesting error: which limit, and how to raise it.
std::string nesting_message(int max_depth);

// How deep the rules that recurse are nested at the current position, and
// how much work the parse has done. PEG parsers backtrack: an alternative that
// fails after a nested expression makes the next one parse it again, and at
// depth that can multiply. The grammar orders its alternatives so that real
// queries parse in time linear in their length; the step budget bounds what
// hostile text can make it do.
struct nesting_counter {
  const std::string& script; // the whole script, for error positions
  std::size_t base;          // where the statement starts in it
  int max_depth;
  std::size_t max_steps;     // rules the parser may try: steps_per_byte per byte of the statement
  int depth = 0;
  std::size_t steps = 0;
  stack_guard stack;

  // The TCK's 3,786 statements try at most 141 rules per byte; this leaves
  // room for any real query and stops exponential backtracking within
  // milliseconds for a query of a few hundred bytes.
  static constexpr std::size_t steps_per_byte = 1000;

  void enter(std::size_t offset_in_statement);
  void leave() { --depth; }
};

struct parse_state {
  failure_tracker failures;
  nesting_counter nesting;
};

template <class Rule> struct tracking_control : tao::pegtl::normal<Rule> {
  static constexpr bool named = requires { Rule::expected; };
  static constexpr bool lookahead = std::is_same_v<Rule, grammar::reserved_word>;
  // `or_expression` stands for `expression` (which is only a seq of it):
  // PEGTL's parse tree calls the control of the rules it keeps, and it keeps
  // `or_expression`, not `expression`.
  static constexpr bool nests =
      std::is_same_v<Rule, grammar::or_expression> || std::is_same_v<Rule, grammar::pattern_element>;

  template <class Input> static void start(const Input& in, parse_state& s) {
    ++s.nesting.steps;
    if constexpr (nests) s.nesting.enter(in.byte());
    if constexpr (lookahead) ++s.failures.suppressed;
    if constexpr (named) s.failures.start(in.byte());
  }
  template <class Input> static void success(const Input&, parse_state& s) {
    if constexpr (nests) s.nesting.leave();
    if constexpr (lookahead) --s.failures.suppressed;
    if constexpr (named) s.failures.done();
  }
  template <class Input> static void failure(const Input&, parse_state& s) {
    if constexpr (nests) s.nesting.leave();
    if constexpr (lookahead) --s.failures.suppressed;
    if constexpr (named) s.failures.failed(Rule::expected);
  }
  template <class Input> static void unwind(const Input&, parse_state& s) {
    if constexpr (nests) s.nesting.leave();
    if constexpr (lookahead) --s.failures.suppressed;
    if constexpr (named) s.failures.done();
  }
};

} // namespace annals::parser
