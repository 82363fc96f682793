// The counts that examples/intervention/COUNTS.md documents, read back from
// its Markdown tables: for each `## Heading`, the first cell of every row
// (a label or a relationship type) and the number in its last cell. The
// `**total**` row of a table is kept apart.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace annals::testing {

struct counts_section {
  std::map<std::string, std::size_t> rows;
  std::size_t total = 0; // 0 when the table has no total row
};

// Sections by heading text, e.g. "Nodes", "Relationships", "Derived (90-derived.cypher)".
std::map<std::string, counts_section> parse_counts(std::string_view markdown);

} // namespace annals::testing
