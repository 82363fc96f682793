#include "snapshots.hpp"

#include "scripts.hpp"

#include <filesystem>
#include <ostream>

namespace annals::cli {

namespace {

std::string counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string graph_size(const graph& g) {
  return counted(g.node_count(), "node", "nodes") + " and " +
         counted(g.relationship_count(), "relationship", "relationships");
}

bool open_if_exists(database& db, const std::string& file, std::ostream& err) {
  // Only a missing file means a new database; one that cannot be looked at is opened, to report why.
  std::error_code ignored;
  if (std::filesystem::symlink_status(file, ignored).type() == std::filesystem::file_type::not_found) return true;
  try {
    db.open(file);
    return true;
  } catch (const std::exception& e) {
    err << describe(e, "") << '\n';
    return false;
  }
}

std::string save_snapshot(const database& db, const std::string& file) {
  db.save(file);
  return "saved " + graph_size(db.graph()) + " to " + file;
}

} // namespace annals::cli
