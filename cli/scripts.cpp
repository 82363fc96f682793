#include "scripts.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

namespace annals::cli {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in || std::filesystem::is_directory(file))
    throw std::runtime_error("cannot read " + file.string() + ": " +
                             (std::filesystem::is_directory(file) ? "is a directory" : std::strerror(errno)));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string describe(const std::exception& e, const std::string& file) {
  const auto* annals_error = dynamic_cast<const error*>(&e);
  if (!annals_error) return file.empty() ? e.what() : file + ": " + e.what();
  if (annals_error->where().line == 0 && !file.empty()) return file + ": " + annals_error->describe();
  return annals_error->describe(file);
}

error moved_to(const error& e, source_position where, std::string line_text) {
  return error(e.category(), e.detail(), e.message(), where, std::move(line_text));
}

std::optional<result> load_scripts(database& db, const std::vector<std::string>& files, std::ostream& err) {
  result last;
  for (const auto& file : files) {
    std::string text;
    try {
      text = read_text(file); // the message names the file already
    } catch (const std::exception& e) {
      err << e.what() << '\n';
      return std::nullopt;
    }
    try {
      last = db.execute(text);
    } catch (const std::exception& e) {
      err << describe(e, file) << '\n';
      return std::nullopt;
    }
  }
  return last;
}

} // namespace annals::cli
