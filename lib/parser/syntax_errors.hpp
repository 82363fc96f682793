// Syntax errors: PEGTL tells us only that the text did not match. The
// control class below remembers the farthest position where a named token
// (one with an `expected` text) was tried, and which tokens were expected
// there, so errors read "expected ')' or ','".
#pragma once

#include "annals/grammar/lexical.hpp"

#include <tao/pegtl.hpp>

#include <algorithm>

#include <set>
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

inline thread_local failure_tracker* active_tracker = nullptr;

template <class Rule> struct tracking_control : tao::pegtl::normal<Rule> {
  static constexpr bool named = requires { Rule::expected; };
  static constexpr bool lookahead = std::is_same_v<Rule, grammar::reserved_word>;

  template <class Input, class... States> static void start(const Input& in, States&&...) {
    if (!active_tracker) return;
    if constexpr (lookahead) ++active_tracker->suppressed;
    if constexpr (named) active_tracker->start(in.byte());
  }
  template <class Input, class... States> static void success(const Input&, States&&...) {
    if (!active_tracker) return;
    if constexpr (lookahead) --active_tracker->suppressed;
    if constexpr (named) active_tracker->done();
  }
  template <class Input, class... States> static void failure(const Input&, States&&...) {
    if (!active_tracker) return;
    if constexpr (lookahead) --active_tracker->suppressed;
    if constexpr (named) active_tracker->failed(Rule::expected);
  }
  template <class Input, class... States> static void unwind(const Input&, States&&...) {
    if (!active_tracker) return;
    if constexpr (lookahead) --active_tracker->suppressed;
    if constexpr (named) active_tracker->done();
  }
};

} // namespace annals::parser
