// README.md's examples are executed by the command line: each ```cypher
// block runs with `annals query` on the bundled graph, and what it prints
// for the last statement (the table, a plan, an error) must equal the
// ```text block that follows. ANNALS_UPDATE=1 rewrites the blocks.
#define BOOST_TEST_MODULE readme
#include <boost/test/unit_test.hpp>

#include "parser/parser.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The bundled graph's scripts, in load order.
std::string bundled_scripts() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(ANNALS_SOURCE_DIR) / "examples/intervention"))
    if (e.path().extension() == ".cypher") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) out += " '" + f.string() + "'";
  return out;
}

// What `annals query` prints for the example: the bundled graph and the
// statements before the last as scripts, the last one as -e; stdout, then
// stderr (where errors go), as a terminal shows them.
std::string run(const std::string& script) {
  const auto spans = annals::parser::split_script(script);
  if (spans.empty()) return {};
  const fs::path dir = fs::path(ANNALS_BINARY_DIR) / "tests/readme/work";
  fs::create_directories(dir);
  std::string before;
  for (std::size_t i = 0; i + 1 < spans.size(); ++i)
    before += script.substr(spans[i].begin, spans[i].end - spans[i].begin) + ";\n";
  const std::string last = script.substr(spans.back().begin, spans.back().end - spans.back().begin);
  std::ofstream(dir / "before.cypher", std::ios::binary) << before;
  std::ofstream(dir / "last.cypher", std::ios::binary) << last;
  const std::string command = "cd '" + dir.string() + "' && '" ANNALS_CLI "' query" + bundled_scripts() +
                              " before.cypher -e \"$(cat last.cypher)\" >out.txt 2>err.txt";
  (void)std::system(command.c_str());
  return slurp(dir / "out.txt") + slurp(dir / "err.txt");
}

struct example {
  std::size_t query_begin, query_end; // the cypher text
  std::size_t output_begin, output_end; // the text block's content
};

std::vector<example> examples(const std::string& readme) {
  std::vector<example> out;
  const std::string open_cypher = "```cypher\n", open_text = "```text\n", close = "```\n";
  std::size_t pos = 0;
  while ((pos = readme.find(open_cypher, pos)) != std::string::npos) {
    example e;
    e.query_begin = pos + open_cypher.size();
    e.query_end = readme.find(close, e.query_begin);
    const std::size_t next = readme.find_first_not_of("\n", e.query_end + close.size());
    if (readme.compare(next, open_text.size(), open_text) != 0) {
      pos = e.query_end;
      continue;
    }
    e.output_begin = next + open_text.size();
    e.output_end = readme.find(close, e.output_begin);
    out.push_back(e);
    pos = e.output_end;
  }
  return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(readme_examples_print_what_the_readme_shows) {
  const fs::path path = fs::path(ANNALS_SOURCE_DIR) / "README.md";
  std::string readme = slurp(path);
  auto all = examples(readme);
  BOOST_TEST(all.size() >= 8u);
  const bool update = std::getenv("ANNALS_UPDATE") != nullptr;
  // Back to front, so rewriting a block keeps the earlier offsets valid.
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const std::string query = readme.substr(it->query_begin, it->query_end - it->query_begin);
    const std::string got = run(query);
    const std::string shown = readme.substr(it->output_begin, it->output_end - it->output_begin);
    if (update) readme.replace(it->output_begin, it->output_end - it->output_begin, got);
    else BOOST_TEST(got == shown, "README example:\n" << query << "\nprints:\n" << got);
  }
  if (update) std::ofstream(path, std::ios::binary) << readme;
}
