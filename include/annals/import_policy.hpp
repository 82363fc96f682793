// Which files COPY may read, as Neo4j's server.directories.import says for
// LOAD CSV: a query is text from anywhere, and must not read /etc/passwd or
// /proc/self/environ because the process may.
//
//   annals::database db;
//   db.imports().directory = "/srv/data/import";   // COPY Person FROM 'people.csv' reads /srv/data/import/people.csv
//   db.imports().allow_any_file = true;            // or: any file the process can read
//
// On the command line: --import-dir DIR and --import-any-file.
#pragma once

#include <filesystem>

namespace annals {

struct import_policy {
  // COPY reads only files inside this directory, once symlinks and ".." are
  // resolved; relative paths and patterns are taken from it. Empty (the
  // default): the current working directory when the statement runs.
  std::filesystem::path directory;
  // Any file the process may read; relative paths from the current directory.
  bool allow_any_file = false;
};

} // namespace annals
