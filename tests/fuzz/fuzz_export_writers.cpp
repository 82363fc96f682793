// Fuzz target: the export writers on graphs whose names and text come from
// the input. Each line of the input is a record, fields split by '|':
//   N|labels (';'-separated)|key|text|number   a node
//   R|type|key|text|from|to                    a relationship (from, to: node numbers modulo the count)
// anything else is skipped. Names and text are made valid UTF-8 (the graph
// holds nothing else), control characters kept. Then:
//   - the Cypher scripts (both dialects) must rebuild a graph with as many
//     nodes and relationships (names and helper keys never clash);
//   - GraphML is refused, or holds no character XML cannot, and Boost reads
//     it back with the same counts; DOT never holds one, and Boost reads it;
//   - CSV (both dialects) gives one file per table, none shared, each listed
//     in manifest.tsv once.
#include "annals/database.hpp"
#include "annals/export.hpp"
#include "export/xml_text.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

using namespace annals;
namespace fs = std::filesystem;

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

// Bytes that are not UTF-8 become '?', NUL too (names cannot hold it); the rest stays.
std::string valid_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80                ? 1
                          : b >= 0xC2 && b < 0xE0 ? 2
                          : b >= 0xE0 && b < 0xF0 ? 3
                          : b >= 0xF0 && b < 0xF5 ? 4
                                                  : 0;
    bool ok = n > 0 && i + n <= s.size() && b != 0;
    char32_t cp = n == 1 ? b : b & (0x7F >> n);
    for (std::size_t k = 1; ok && k < n; ++k) {
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
      cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    ok = ok && !(n == 3 && cp < 0x800) && !(n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) &&
         !(cp >= 0xD800 && cp <= 0xDFFF);
    if (ok) out.append(s.substr(i, n));
    else out += '?';
    i += ok ? n : 1;
  }
  return out;
}

// A hash of the text as a number: unsigned arithmetic wraps where signed overflow is undefined.
std::int64_t number(const std::string& s) {
  std::uint64_t n = 0;
  for (char c : s) n = n * 31 + static_cast<unsigned char>(c);
  return static_cast<std::int64_t>(n);
}

void build(database& db, std::string_view input) {
  std::vector<node_id> nodes;
  for (const auto& line : split(input, '\n')) {
    const auto f = split(line, '|');
    if (f.size() < 4) continue;
    const std::string key = valid_text(f[2]);
    value_map properties;
    if (!key.empty()) properties.emplace(key, value(valid_text(f[3])));
    try {
      if (f[0] == "N") {
        std::vector<std::string> labels;
        for (const auto& l : split(f[1], ';'))
          if (!l.empty()) labels.push_back(valid_text(l));
        if (f.size() > 4) properties.emplace("n", value(number(f[4])));
        nodes.push_back(db.add_node(labels, properties));
      } else if (f[0] == "R" && !nodes.empty() && !f[1].empty()) {
        const auto from = nodes[static_cast<std::size_t>(number(f.size() > 4 ? f[4] : "")) % nodes.size()];
        const auto to = nodes[static_cast<std::size_t>(number(f.size() > 5 ? f[5] : "x")) % nodes.size()];
        db.add_relationship(from, to, valid_text(f[1]), properties);
      }
    } catch (const error&) {
      // a record the graph refuses (a name it cannot hold): left out
    }
  }
}

void check_cypher(const graph& g, const subgraph& s, cypher_dialect dialect) {
  std::ostringstream script;
  write_cypher(script, g, s, dialect);
  database copy;
  copy.limits().max_clauses = 100000;
  copy.execute(script.str()); // an error here is a bug: the trap is the uncaught exception
  if (copy.graph().node_count() != g.node_count() || copy.graph().relationship_count() != g.relationship_count())
    __builtin_trap();
}

using read_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

void check_xml(const graph& g, const subgraph& s) {
  std::stringstream graphml;
  bool refused = false;
  try {
    write_graphml(graphml, g, s);
  } catch (const std::runtime_error&) {
    refused = true;
  }
  if (!refused) {
    if (detail::xml_problem_in(graphml.str())) __builtin_trap();
    read_graph back;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    boost::read_graphml(graphml, back, dp);
    if (boost::num_vertices(back) != g.node_count() || boost::num_edges(back) != g.relationship_count())
      __builtin_trap();
  }
  std::ostringstream dot;
  write_dot(dot, g, s);
  if (detail::xml_problem_in(dot.str())) __builtin_trap();
  read_graph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  if (!boost::read_graphviz(dot.str(), back, dp)) __builtin_trap();
}

void check_csv(const graph& g, const subgraph& s, csv_dialect dialect) {
  static const fs::path dir = fs::temp_directory_path() / ("annals-fuzz-export-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const auto files = write_csv(dir, g, s, dialect);
  std::set<std::string> names;
  std::size_t csv_files = 0;
  for (const auto& f : files) names.insert(f.path.filename().string());
  for (const auto& e : fs::directory_iterator(dir)) csv_files += e.path().extension() == ".csv";
  std::ifstream manifest(dir / "manifest.tsv");
  std::size_t lines = 0;
  for (std::string line; std::getline(manifest, line);) ++lines;
  if (names.size() != files.size() || csv_files != files.size() || lines != files.size() + 1) __builtin_trap();
  fs::remove_all(dir);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0; // the writers are linear; big inputs only slow the search
  database db;
  build(db, std::string_view(reinterpret_cast<const char*>(data), size));
  const auto& g = db.graph();
  const auto all = whole_graph(g);
  check_cypher(g, all, cypher_dialect::annals);
  check_cypher(g, all, cypher_dialect::neo4j);
  check_xml(g, all);
  check_csv(g, all, csv_dialect::neo4j);
  check_csv(g, all, csv_dialect::kuzu);
  return 0;
}
