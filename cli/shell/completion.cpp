#include "completion.hpp"

#include "graph_census.hpp"
#include "vocabulary.hpp"

#include "../limit_settings.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <readline/readline.h>

namespace annals::cli {

namespace {

session* current = nullptr;
std::vector<std::string> matches; // for the generator readline calls one match at a time

bool starts_with_ignoring_case(std::string_view word, std::string_view prefix) {
  return word.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), word.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         });
}

// The census is recounted only after the graph changes.
const graph_census& census() {
  static std::optional<graph_census> cached;
  static std::uint64_t version = 0;
  const auto& g = current->db().graph();
  if (!cached || version != g.version()) {
    cached = take_census(g);
    version = g.version();
  }
  return *cached;
}

template <class Words> void add_matching(const Words& words, std::string_view prefix) {
  for (const auto& w : words)
    if (starts_with_ignoring_case(w, prefix)) matches.emplace_back(w);
}

template <class Map> void add_matching_keys(const Map& map, std::string_view prefix) {
  for (const auto& [name, ignored] : map)
    if (starts_with_ignoring_case(name, prefix)) matches.push_back(name);
}

// Keywords take the case of what was typed: "ma" -> "match", "MA" -> "MATCH".
void add_keywords(std::string_view prefix) {
  const bool lower = !prefix.empty() && std::islower(static_cast<unsigned char>(prefix[0]));
  for (auto k : keywords()) {
    if (!starts_with_ignoring_case(k, prefix)) continue;
    std::string word(k);
    if (lower) std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    matches.push_back(word);
  }
}

// After "algo." or "db.": the rest of the names of the procedures CALL can run (dbms.procedures()).
void add_procedure_names(std::string_view line, int start, std::string_view prefix) {
  auto b = static_cast<std::size_t>(start);
  while (b > 0 && (std::isalnum(static_cast<unsigned char>(line[b - 1])) || line[b - 1] == '_' || line[b - 1] == '.'))
    --b;
  const auto qualifier = line.substr(b, static_cast<std::size_t>(start) - b); // "algo."
  for (const auto& row : current->db().query("CALL dbms.procedures() YIELD name RETURN name")) {
    const auto& name = row[0].as<std::string>();
    if (name.size() > qualifier.size() && std::string_view(name).starts_with(qualifier) &&
        starts_with_ignoring_case(std::string_view(name).substr(qualifier.size()), prefix))
      matches.push_back(name.substr(qualifier.size()));
  }
}

// The label (or relationship type) `variable` has in a pattern of `text`:
// "(p:Person" gives Person, "[r:COMMANDED" gives COMMANDED; nothing when untyped.
std::optional<std::string> declared_label(std::string_view text, std::string_view variable) {
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  for (std::size_t at = text.find(variable); at != std::string_view::npos; at = text.find(variable, at + 1)) {
    if (at > 0 && word(text[at - 1])) continue;
    auto before = at;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    if (before == 0 || (text[before - 1] != '(' && text[before - 1] != '[')) continue;
    auto i = at + variable.size();
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size() || text[i] != ':') continue;
    ++i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    const auto begin = i;
    while (i < text.size() && word(text[i])) ++i;
    if (i > begin) return std::string(text.substr(begin, i - begin));
  }
  return std::nullopt;
}

// After "p.": the keys of p's label or type when a pattern gives it one (its
// table's columns and the keys its records use), every key otherwise.
void add_property_keys(std::string_view line, int start, std::string_view prefix) {
  auto b = static_cast<std::size_t>(start) - 1; // the '.'
  auto v = b;
  while (v > 0 && (std::isalnum(static_cast<unsigned char>(line[v - 1])) || line[v - 1] == '_')) --v;
  const auto variable = line.substr(v, b - v);
  const auto label = variable.empty() ? std::nullopt : declared_label(current->pending_text() + std::string(line), variable);
  if (!label) return add_matching(census().keys, prefix);
  const auto& schema = current->db().graph().schema();
  std::vector<std::string> keys;
  if (const auto* t = schema.find_node_table(*label))
    for (const auto& c : t->columns) keys.push_back(c.name);
  if (const auto* t = schema.find_rel_table(*label))
    for (const auto& c : t->columns) keys.push_back(c.name);
  if (auto it = census().labels.find(*label); it != census().labels.end()) keys.insert(keys.end(), it->second.keys.begin(), it->second.keys.end());
  if (auto it = census().types.find(*label); it != census().types.end()) keys.insert(keys.end(), it->second.keys.begin(), it->second.keys.end());
  add_matching(keys, prefix);
}

char* next_match(const char*, int state) {
  static std::size_t index = 0;
  if (state == 0) index = 0;
  return index < matches.size() ? ::strdup(matches[index++].c_str()) : nullptr;
}

char** complete(const char* text, int start, int) {
  const std::string_view line(rl_line_buffer);
  const auto first = line.find_first_not_of(" \t");
  const char before = start > 0 ? line[start - 1] : '\0';
  const bool meta_line = !current->pending() && first != std::string_view::npos && line[first] == ':';
  matches.clear();
  rl_attempted_completion_over = 1; // no file names unless asked for below
  // Names are followed by punctuation more often than by a space: "(p:Person)", "p.name,".
  rl_completion_append_character = before == ':' || before == '.' || before == '$' ? '\0' : ' ';

  if (meta_line && static_cast<std::size_t>(start) == first + 1) {
    for (const auto& c : meta_commands())
      if (c.name.substr(1).starts_with(text)) matches.emplace_back(c.name.substr(1));
  } else if (meta_line) {
    const auto command = line.substr(first, line.find_first_of(" \t", first) - first);
    if (command == ":load" || command == ":save" || command == ":open") {
      rl_attempted_completion_over = 0; // readline completes file names
      return nullptr;
    }
    if (command == ":format") add_matching(std::vector<std::string_view>{"table", "csv", "json"}, text);
    else if (command == ":timeout") add_matching(std::vector<std::string_view>{"off"}, text);
    else if (command == ":limit") {
      // A name as the first argument only; the value is a number.
      const auto argument = line.find_first_not_of(" \t", first + command.size());
      if (argument == std::string_view::npos || argument == static_cast<std::size_t>(start))
        add_matching(limit_names(), text);
    } else add_matching(std::vector<std::string_view>{"on", "off"}, text);
  } else if (before == ':') {
    add_matching_keys(census().labels, text);
    add_matching_keys(census().types, text);
  } else if (before == '.') {
    add_property_keys(line, start, text);
    add_procedure_names(line, start, text);
  } else if (before == '$') {
    add_matching_keys(current->settings().parameters, text);
  } else {
    add_keywords(text);
    add_matching(function_names(), text);
  }
  std::sort(matches.begin(), matches.end());
  matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
  if (matches.empty()) return nullptr;
  return rl_completion_matches(text, next_match);
}

} // namespace

void install_completion(session& s) {
  current = &s;
  rl_readline_name = "annals";
  // ':' '.' '$' end words, so "(p:Per" completes "Per" and "n.na" completes "na".
  rl_basic_word_break_characters = const_cast<char*>(" \t\n\"'`@$><=;|&{(,[)]}.:-+*/%");
  rl_attempted_completion_function = complete;
  rl_variable_bind("completion-ignore-case", "on");
}

} // namespace annals::cli
