// Snapshots on the command line: --db opens one before anything runs,
// `query --save` and the shell's :save write one, :open replaces the database.
#pragma once

#include "annals/database.hpp"

#include <iosfwd>
#include <string>

namespace annals::cli {

// "6 nodes and 2 relationships"
std::string graph_size(const graph& g);

// --db FILE: opens the snapshot, or leaves `db` as it is when there is no
// such file yet (saving there creates it). On a file that is not a snapshot
// annals can read, prints the error to `err` and returns false.
bool open_if_exists(database& db, const std::string& file, std::ostream& err);

// Saves `db` to `file`, throwing what database::save throws, and returns
// what to tell: "saved 6 nodes and 2 relationships to FILE".
std::string save_snapshot(const database& db, const std::string& file);

} // namespace annals::cli
