// Snapshots as files (lib/storage/snapshot.cpp; the layout is in snapshot_format.hpp).
// database::save and database::open call these holding the database's lock.
#pragma once

#include "annals/graph.hpp"
#include "storage/atomic_file.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace annals::storage {

// A derived type's definition as the snapshot holds it: its name, its
// CREATE DERIVED REL TABLE statement, and the byte of the file it is at.
// Storage keeps the text; the database defines it again (derive/).
struct stored_definition {
  std::string name;
  std::string statement;
  std::size_t at = 0;
};

// Writes `g` (stored data only) and the derived-type definitions atomically,
// through storage::atomic_file (atomic_file.hpp): a temporary file beside
// `file`, fsync, rename, fsync of the directory; symlinks written through,
// read-only files and files another writer holds refused.
void save_snapshot(const graph& g, const std::vector<std::pair<std::string, std::string>>& derived,
                   const std::filesystem::path& file);

// save_snapshot in two halves, so that writers need not wait for the disk:
// the first writes every byte into the temporary file (the caller holds the
// graph still meanwhile); the second, publish_snapshot, fsyncs it and renames
// it over `file` without needing the graph.
std::unique_ptr<atomic_file> write_snapshot_file(const graph& g,
                                                 const std::vector<std::pair<std::string, std::string>>& derived,
                                                 const std::filesystem::path& file);
void publish_snapshot(atomic_file& written);

// Reads `file`'s stored data into `fresh_graph`, a new graph; its symbols
// start as `keep`'s, so symbols of plans made before keep meaning the same name.
// Returns the derived-type definitions, in definition order, for the caller
// to define again. Any damage throws load_error and leaves nothing else touched.
std::vector<stored_definition> load_snapshot(graph& fresh_graph, const symbol_table& keep,
                                             const std::filesystem::path& file);

// Exchanges two graphs' contents; versions only grow, so derived types know they are stale.
void swap_graphs(graph& a, graph& b) noexcept;

} // namespace annals::storage
