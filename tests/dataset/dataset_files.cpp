#include "dataset_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace annals::testing {

namespace fs = std::filesystem;

fs::path dataset_dir() { return fs::path(ANNALS_SOURCE_DIR) / "examples" / "intervention"; }

fs::path seed_path() { return fs::path(ANNALS_SHARED_DIR) / "seed" / "second-french-intervention-in-mexico.txt"; }

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> cypher_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() == ".cypher") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> load_dataset(database& db, const fs::path& dir) {
  std::vector<std::string> failures;
  for (const auto& file : cypher_files(dir)) {
    try {
      db.execute(read_text(file));
    } catch (const error& e) {
      failures.push_back(e.describe(file.filename().string()));
    } catch (const std::exception& e) {
      failures.push_back(file.filename().string() + ": " + e.what());
    }
  }
  return failures;
}

} // namespace annals::testing
