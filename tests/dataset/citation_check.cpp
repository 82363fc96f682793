#include "citation_check.hpp"

#include "accent_folding.hpp"

namespace annals::testing {

namespace {

// Property keys of the records, interned once.
struct keys {
  std::optional<symbol> name, aliases, source, lines;
  explicit keys(const graph& g)
      : name(g.find_symbol("name")), aliases(g.find_symbol("aliases")), source(g.find_symbol("source")),
        lines(g.find_symbol("lines")) {}
};

const value* get(const property_set& properties, std::optional<symbol> key) {
  return key ? properties.get(*key) : nullptr;
}

// The name and aliases of a node: the words a cited line must contain one of.
std::vector<std::string> names_of(const graph& g, node_id n, const keys& k) {
  std::vector<std::string> names;
  if (const auto* name = get(g.node(n).properties, k.name); name && name->is<std::string>())
    names.push_back(name->as<std::string>());
  if (const auto* aliases = get(g.node(n).properties, k.aliases); aliases && aliases->is<value_list>())
    for (const auto& a : aliases->as<value_list>())
      if (a.is<std::string>()) names.push_back(a.as<std::string>());
  return names;
}

std::string describe_node(const graph& g, node_id n, const keys& k) {
  std::string labels;
  for (auto l : g.node(n).labels) labels += ":" + g.name(l);
  const auto names = names_of(g, n, k);
  return "(" + labels + " '" + (names.empty() ? "?" : names.front()) + "')";
}

std::string describe_rel(const graph& g, rel_id r, const keys& k) {
  return describe_node(g, g.source(r), k) + "-[:" + g.name(g.rel(r).type) + "]->" + describe_node(g, g.target(r), k);
}

// The start of a long line, enough to recognise it.
std::string excerpt(const std::string& line) {
  constexpr std::size_t limit = 160;
  return line.size() <= limit ? line : line.substr(0, limit) + "…";
}

// Checks one record's citation against `names`; appends what is wrong.
void check_citation(const std::string& record, const property_set& properties, const std::vector<std::string>& names,
                    const keys& k, const seed_text& seed, std::vector<std::string>& problems) {
  const auto* source = get(properties, k.source);
  const auto* lines = get(properties, k.lines);
  if (!source || !source->is<std::string>() || !lines || !lines->is<value_list>() || lines->as<value_list>().empty()) {
    problems.push_back(record + ": no citation (source and lines)");
    return;
  }
  const auto& section = source->as<std::string>();
  if (!seed.has_section(section)) {
    problems.push_back(record + ": cites unknown section '" + section + "'");
    return;
  }
  for (const auto& entry : lines->as<value_list>()) {
    if (!entry.is<std::int64_t>()) {
      problems.push_back(record + ": line number " + to_cypher(entry) + " is not an integer");
      continue;
    }
    const auto number = entry.as<std::int64_t>();
    const auto where = record + " cites line " + std::to_string(number);
    if (number < 1 || static_cast<std::size_t>(number) > seed.line_count()) {
      problems.push_back(where + ": no such line");
      continue;
    }
    const auto& text = seed.line(number);
    if (!seed.section_contains(section, number)) {
      problems.push_back(where + ", which is in '" + seed.section_of(number) + "', not in '" + section + "': " + excerpt(text));
      continue;
    }
    bool mentioned = false;
    for (const auto& name : names) mentioned = mentioned || mentions(text, name);
    if (!mentioned) problems.push_back(where + ", which names none of its names or aliases: " + excerpt(text));
  }
}

} // namespace

std::vector<std::string> citation_problems(const graph& g, const seed_text& seed) {
  const keys k(g);
  std::vector<std::string> problems;
  for (node_id n = 0; n < g.node_capacity(); ++n)
    if (g.node_alive(n)) check_citation(describe_node(g, n, k), g.node(n).properties, names_of(g, n, k), k, seed, problems);

  for (rel_id r = 0; r < g.rel_capacity(); ++r) {
    if (!g.rel_alive(r)) continue;
    const auto& properties = g.rel(r).properties;
    const auto* table = g.schema().find_rel_table(g.name(g.rel(r).type));
    const bool uncited = !get(properties, k.source) && !get(properties, k.lines);
    if (table && table->is_derived() && uncited) continue;
    auto names = names_of(g, g.source(r), k);
    for (auto& other : names_of(g, g.target(r), k)) names.push_back(std::move(other));
    check_citation(describe_rel(g, r, k), properties, names, k, seed, problems);
  }
  return problems;
}

} // namespace annals::testing
