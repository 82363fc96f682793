#include "commands.hpp"
#include "scripts.hpp"

#include "annals/database.hpp"
#include "annals/format.hpp"

#include <algorithm>
#include <istream>
#include <ostream>
#include <sstream>
#include <system_error>

#include <unistd.h>

#ifndef ANNALS_SOURCE_DIR
#define ANNALS_SOURCE_DIR "."
#endif
#ifndef ANNALS_BINARY_DIR
#define ANNALS_BINARY_DIR "."
#endif
#ifndef ANNALS_DATASET_FROM_BINDIR
#define ANNALS_DATASET_FROM_BINDIR "../share/annals/intervention"
#endif

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

// Where the tour goes from here: the commands that open the same graph.
void what_to_try_next(const fs::path& data_dir, std::ostream& out) {
  const std::string data = data_dir.string();
  out << "\nWhat to try next:\n"
      << "  annals shell " << data << "/*.cypher      the same graph in the shell (:help lists its commands)\n"
      << "  annals query " << data << "/*.cypher -e \"MATCH (n) RETURN labels(n) AS label, count(*) AS nodes\"\n"
      << "  annals query " << data << "/*.cypher -e \"PROFILE MATCH (a)-[r]->(b) RETURN type(r) AS type, count(*) AS n\"\n"
      << "  annals export " << data << "/*.cypher --to svg -o war.svg   a picture of the graph\n"
      << "  the questions are in " << (data_dir / "queries").string() << "/*.cypher: edit one and run it with annals query\n";
}

// At a pause: true to go on, false when the reader typed q (or the input ended).
bool next_section(std::istream& in, std::ostream& out, std::size_t done, std::size_t total) {
  out << "\n-- " << done << " of " << total << ": Enter for the next question, q to stop -- " << std::flush;
  std::string answer;
  if (!std::getline(in, answer)) return false;
  return trimmed(answer) != "q";
}

} // namespace

fs::path bundled_dataset_dir() {
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // Run from the build tree: the source tree's copy, which edits change.
    if (fs::equivalent(program.parent_path(), ANNALS_BINARY_DIR, ec))
      return fs::path(ANNALS_SOURCE_DIR) / "examples/intervention";
    // Installed: next to the program (bin/../share/annals/intervention).
    return (program.parent_path() / ANNALS_DATASET_FROM_BINDIR).lexically_normal();
  }
  return fs::path(ANNALS_SOURCE_DIR) / "examples/intervention";
}

int run_demo(const demo_command& c, std::istream& in, std::ostream& out, std::ostream& err) {
  const fs::path& data_dir = c.data_dir;
  const auto scripts = cypher_files(data_dir);
  const auto queries = cypher_files(data_dir / "queries");
  if (scripts.empty()) {
    err << "annals demo: no dataset in " << data_dir.string()
        << " (expected a folder of *.cypher scripts and queries/*.cypher; give --data DIR)\n";
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
  const bool pause = c.pause.value_or(::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO));

  int status = 0;
  std::size_t number = 0;
  for (const auto& file : queries) {
    if (pause && number > 0 && !next_section(in, out, number, queries.size())) break;
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
  what_to_try_next(data_dir, out);
  return status;
}

} // namespace annals::cli
