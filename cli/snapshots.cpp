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

std::unique_ptr<database> open_database(const std::string& file, std::ostream& err) {
  if (file.empty()) return std::make_unique<database>();
  try {
    auto db = std::make_unique<database>(std::filesystem::path(file));
    for (const auto& note : db->recovery_notes()) err << "recovered: " << note << '\n';
    return db;
  } catch (const std::exception& e) {
    err << describe(e, "") << '\n';
    return nullptr;
  }
}

std::string save_snapshot(const database& db, const std::string& file) {
  db.save(file);
  return "saved " + graph_size(db.graph()) + " to " + file;
}

} // namespace annals::cli
