// :schema [TABLE] — the declared tables with their columns, endpoints and
// counts, then the labels and types used without a declaration; built on the
// db.schema() procedure, so the shell shows what a query can ask.
#pragma once

#include "annals/database.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace annals::cli {

// Every table, or only `table` (a table, label or type name); nothing when
// there is no such name.
std::optional<std::string> schema_summary(database& db, std::string_view table = {});

} // namespace annals::cli
