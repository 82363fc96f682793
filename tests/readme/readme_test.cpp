// README.md's examples are executed: each ```cypher block runs on a fresh
// database holding the bundled graph, and its last statement's output must
// equal the ```text block that follows. ANNALS_UPDATE=1 rewrites the blocks.
#define BOOST_TEST_MODULE readme
#include <boost/test/unit_test.hpp>

#include "annals/database.hpp"
#include "annals/format.hpp"
#include "parser/parser.hpp"

#include <algorithm>
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

void load_bundled_graph(annals::database& db) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(ANNALS_SOURCE_DIR) / "examples/intervention"))
    if (e.path().extension() == ".cypher") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) db.execute(slurp(f));
}

std::string run(const std::string& script) {
  annals::database db;
  load_bundled_graph(db);
  const auto spans = annals::parser::split_script(script);
  std::string out;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::string statement = script.substr(spans[i].begin, spans[i].end - spans[i].begin);
    try {
      const annals::result r = db.query(statement);
      if (i + 1 < spans.size()) continue;
      if (!r.plan().empty()) return r.plan();
      for (std::size_t c = 0; c < r.columns().size(); ++c) out += (c ? " | " : "") + r.columns()[c];
      out += "\n";
      for (const auto& row : r) {
        for (std::size_t c = 0; c < row.size(); ++c) out += (c ? " | " : "") + annals::render(row[c], db.graph());
        out += "\n";
      }
    } catch (const annals::error& e) {
      out += "error: " + e.describe() + "\n";
    }
  }
  return out;
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
