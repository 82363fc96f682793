// The Gherkin parser's actions: each hands what its rule matched to the
// gherkin_builder. The grammar itself is in gherkin_grammar.hpp.
#pragma once

#include "gherkin_builder.hpp"
#include "gherkin_grammar.hpp"

namespace annals::tck::gherkin_grammar {

template <class Rule> struct action : p::nothing<Rule> {};

template <> struct action<tags_start> {
  static void apply0(gherkin_builder& b) { b.clear_tags(); }
};
template <> struct action<tag> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) { b.add_tag(in.string_view()); }
};
template <> struct action<feature_keyword> {
  static void apply0(gherkin_builder& b) { b.begin_feature(); }
};
template <> struct action<background_keyword> {
  static void apply0(gherkin_builder& b) { b.begin_background(); }
};
template <> struct action<outline_keyword> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) {
    b.begin_scenario(true, in.position().line);
  }
};
template <> struct action<scenario_keyword> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) {
    b.begin_scenario(false, in.position().line);
  }
};
template <> struct action<examples_keyword> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) { b.begin_examples(in.position().line); }
};
template <> struct action<title> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) { b.set_title(in.string_view()); }
};
template <> struct action<step_keyword> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) {
    b.begin_step(in.string_view(), in.position().line);
  }
};
template <> struct action<step_text> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) { b.set_step_text(in.string_view()); }
};
template <> struct action<docstring_text> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) {
    b.add_docstring_line(in.string_view());
  }
};
template <> struct action<docstring> {
  static void apply0(gherkin_builder& b) { b.end_docstring(); }
};
template <> struct action<row_start> {
  static void apply0(gherkin_builder& b) { b.begin_row(); }
};
template <> struct action<table_cell> {
  template <class Input> static void apply(const Input& in, gherkin_builder& b) {
    const auto text = in.string_view();
    b.add_cell(text.substr(0, text.size() - 1)); // without the closing bar
  }
};

} // namespace annals::tck::gherkin_grammar
