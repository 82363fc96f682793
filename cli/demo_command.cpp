#include "commands.hpp"
#include "scripts.hpp"

#include "annals/database.hpp"
#include "annals/format.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace annals::cli {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> cypher_files(const fs::path& dir) {
  std::vector<std::string> files;
  if (fs::is_directory(dir))
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file() && entry.path().extension() == ".cypher") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end()); // the files are numbered in load order
  return files;
}

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

bool is_comment(const std::string& line) { return trimmed(line).starts_with("//"); }

// The question a query file answers: its first `//` comment, without "Question:".
std::string question_of(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!is_comment(line)) continue;
    auto question = trimmed(trimmed(line).substr(2));
    if (question.starts_with("Question:")) question = trimmed(question.substr(9));
    return question;
  }
  return {};
}

// The query without its comment lines, indented for display.
std::string shown_query(const std::string& text) {
  std::istringstream lines(text);
  std::string out;
  for (std::string line; std::getline(lines, line);) {
    if (!is_comment(line) && !trimmed(line).empty()) out += "    " + line + "\n";
  }
  return out;
}

} // namespace

int run_demo(const fs::path& data_dir, std::ostream& out, std::ostream& err) {
  const auto scripts = cypher_files(data_dir);
  const auto queries = cypher_files(data_dir / "queries");
  if (scripts.empty()) {
    err << "annals demo: no dataset in " << data_dir.string()
        << " (expected examples/intervention/*.cypher; give --data DIR)\n";
    return 1;
  }
  database db;
  if (!load_scripts(db, scripts, err)) return 1;
  out << "annals demo: " << db.graph().node_count() << " nodes, "
      << db.graph().relationship_count() << " relationships, loaded from " << scripts.size() << " files in "
      << data_dir.string() << ".\n";
  if (queries.empty()) {
    err << "annals demo: no queries in " << (data_dir / "queries").string() << '\n';
    return 1;
  }

  int status = 0;
  std::size_t number = 0;
  for (const auto& file : queries) {
    out << "\n" << ++number << ". ";
    try {
      const auto text = read_text(file);
      out << question_of(text) << "\n\n" << shown_query(text) << "\n";
      out << format_table(db.execute(text), db.graph());
    } catch (const std::exception& e) {
      out.flush();
      err << describe(e, file) << '\n';
      status = 1;
    }
  }
  return status;
}

} // namespace annals::cli
