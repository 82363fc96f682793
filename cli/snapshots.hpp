// Snapshots on the command line: --db opens one before anything runs,
// `query --save` and the shell's :save write one, :open replaces the database.
#pragma once

#include "annals/database.hpp"

#include <iosfwd>
#include <memory>
#include <string>

namespace annals::cli {

// "6 nodes and 2 relationships"
std::string graph_size(const graph& g);

// --db FILE: the durable database kept in FILE and FILE.wal (created when
// missing), every statement kept as it commits; without FILE an in-memory one.
// Prints what recovery discarded, if anything, to `err`. On a file annals
// cannot open (not a snapshot, damaged, locked by another process), prints
// the error to `err` and returns null.
std::unique_ptr<database> open_database(const std::string& file, std::ostream& err);

// Saves `db` to `file`, throwing what database::save throws, and returns
// what to tell: "saved 6 nodes and 2 relationships to FILE".
std::string save_snapshot(const database& db, const std::string& file);

} // namespace annals::cli
