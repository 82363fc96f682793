// What a Gherkin parse error says, per rule that the grammar commits to
// with must<>; kept apart from the grammar. Only raise() consults the table:
// a rule failing outside must<> still just fails.
#pragma once

#include "gherkin_grammar.hpp"

namespace annals::tck::gherkin_grammar {

template <class Rule> inline constexpr const char* error_message = nullptr;
template <> inline constexpr const char* error_message<docstring_close> = "unterminated docstring: expected \"\"\"";
template <> inline constexpr const char* error_message<table> = "expected a table row '| … |'";
template <> inline constexpr const char* error_message<p::eolf> = "a table row must end with '|'";
template <> inline constexpr const char* error_message<p::eof> =
    "expected a Scenario, Scenario Outline, Examples or step line";

struct error_messages {
  template <class Rule> static constexpr const char* message = error_message<Rule>;
  template <class Rule> static constexpr bool raise_on_failure = false;
};

template <class Rule> using control = p::must_if<error_messages, p::normal, false>::control<Rule>;

} // namespace annals::tck::gherkin_grammar
