// The bundled dataset on disk: examples/intervention/*.cypher, loaded in
// lexical file order (the files are numbered for that), and its queries.
#pragma once

#include "annals/database.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace annals::testing {

std::filesystem::path dataset_dir();  // examples/intervention in the source tree
std::filesystem::path seed_path();    // the seed text in the shared folder
std::string read_text(const std::filesystem::path& file);

// The `.cypher` files directly in `dir`, sorted by name.
std::vector<std::filesystem::path> cypher_files(const std::filesystem::path& dir);

// Runs every script of `dir` into `db`; returns one message per script that failed.
std::vector<std::string> load_dataset(database& db, const std::filesystem::path& dir);

} // namespace annals::testing
