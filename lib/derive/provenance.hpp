// Why-provenance of derived relationships: each one carries, in its property
// `citations` (a list of strings), the citations of the stored facts its
// defining query matched to produce it, so cite(r) and --cite name them.
//
// The definition's RETURN gets one more column, hidden from the table: the
// list of every node and relationship its patterns bound (anonymous pattern
// elements get names for it). An aggregating RETURN collects those lists per
// group; RETURN DISTINCT becomes a grouping that collects them, so a row
// still stands for all the facts behind it. A fact's citation is its
// `source` and `lines` ("Battles (L12, L13)"); a derived relationship
// matched by another definition passes on its own citations.
#pragma once

#include "annals/graph.hpp"
#include "ast/parsed_statement.hpp"

#include <string>
#include <vector>

namespace annals::derive {

// The property that holds a derived relationship's citations; a definition may not return a column so named.
inline constexpr const char* citations_key = "citations";
// The name of the hidden column (no query can write it: it starts with a space).
inline constexpr const char* provenance_column = " provenance";

// Adds the provenance column to every single query of `q` (each ends with RETURN).
void add_provenance_column(ast::parsed_query& q);

// The citations of the facts in `facts` (the provenance column's value), added to `out` once each, in order.
void add_citations(const graph& g, const value& facts, std::vector<std::string>& out);

// "source (L1, L2)" from a fact's properties; empty when it has no source or lines.
std::string citation_of(const graph& g, const property_set& properties);

} // namespace annals::derive
