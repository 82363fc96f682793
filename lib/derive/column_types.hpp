// The column types of a derived table whose definition does not declare
// them, read from its RETURN: a property of a variable its patterns gave a
// declared label or type has that column's type (b.start of b:Battle is DATE),
// a literal its own; anything else is ANY. Refreshes then hold every value
// to the type (evaluate_derived.cpp), as they hold declared ones.
#pragma once

#include "annals/graph.hpp"
#include "ast/parsed_statement.hpp"

namespace annals::derive {

// The type of the RETURN column `name` (the last single query's), ANY when it cannot be told.
data_type column_type(const graph& g, const ast::parsed_query& q, const std::string& name);

} // namespace annals::derive
