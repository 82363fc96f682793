// Exports taken back in: the graph that comes back has the same nodes and
// relationships (counts, and a checksum over their sorted labels, types and
// properties, endpoints included).
#define BOOST_TEST_MODULE export round trips
#include <boost/test/unit_test.hpp>

#include "sample_graph.hpp"

#include "annals/csv_loader.hpp"
#include "annals/export.hpp"

#include "tests/support/graph_dump.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace annals;
namespace fs = std::filesystem;

namespace {

std::string node_text(const graph& g, node_id n) {
  std::vector<std::string> labels;
  for (auto l : g.node(n).labels) labels.push_back(g.name(l));
  std::sort(labels.begin(), labels.end());
  std::string out = "(";
  for (const auto& l : labels) out += ":" + l;
  return out + testing::properties_text(g, g.node(n).properties) + ")";
}

// Every node and relationship as text, sorted: equal lists mean equal graphs (up to ids).
std::vector<std::string> signature(const graph& g) {
  std::vector<std::string> lines;
  for (node_id n = 0; n < g.node_capacity(); ++n)
    if (g.node_alive(n)) lines.push_back(node_text(g, n));
  for (rel_id r = 0; r < g.rel_capacity(); ++r)
    if (g.rel_alive(r))
      lines.push_back(node_text(g, g.source(r)) + "-[:" + g.name(g.rel(r).type) +
                      testing::properties_text(g, g.rel(r).properties) + "]->" + node_text(g, g.target(r)));
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::uint64_t checksum(const std::vector<std::string>& lines) {
  std::uint64_t h = 14695981039346656037ull; // FNV-1a
  for (const auto& line : lines)
    for (unsigned char c : line + "\n") h = (h ^ c) * 1099511628211ull;
  return h;
}

void check_same_graph(const graph& original, const graph& copy) {
  BOOST_TEST(copy.node_count() == original.node_count());
  BOOST_TEST(copy.relationship_count() == original.relationship_count());
  const auto a = signature(original), b = signature(copy);
  BOOST_TEST(checksum(a) == checksum(b));
  BOOST_TEST(a == b, boost::test_tools::per_element());
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct scratch_dir {
  fs::path path = fs::path(ANNALS_BINARY_DIR) / "tests" / "cli" / "scratch" /
                  boost::unit_test::framework::current_test_case().p_name.get();
  scratch_dir() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
};

std::string first_line(const fs::path& file) {
  auto text = read(file);
  return text.substr(0, text.find("\r\n"));
}

} // namespace

BOOST_AUTO_TEST_CASE(cypher_for_annals_rebuilds_the_graph) {
  database original;
  testing::build_mixed_graph(original);
  std::ostringstream script;
  write_cypher(script, original.graph(), whole_graph(original.graph()), cypher_dialect::annals);
  BOOST_TEST_MESSAGE(script.str());

  database copy;
  copy.execute(script.str());
  check_same_graph(original.graph(), copy.graph());
  BOOST_TEST(copy.schema().node_tables().size() == original.schema().node_tables().size());
  BOOST_TEST(copy.schema().rel_tables().size() == original.schema().rel_tables().size());
  BOOST_TEST(copy.schema().find_node_table("Person")->primary_key == "name");
}

BOOST_AUTO_TEST_CASE(cypher_for_neo4j_has_no_ddl_and_rebuilds_the_data) {
  database original;
  testing::build_mixed_graph(original);
  std::ostringstream script;
  write_cypher(script, original.graph(), whole_graph(original.graph()), cypher_dialect::neo4j);
  BOOST_TEST(script.str().find("TABLE") == std::string::npos);
  BOOST_TEST(script.str().find("MERGE") == std::string::npos);

  database copy; // open: Neo4j has no declared tables either
  copy.execute(script.str());
  check_same_graph(original.graph(), copy.graph());
}

BOOST_AUTO_TEST_CASE(cypher_of_a_subgraph_holds_just_that) {
  database original;
  testing::build_declared_graph(original);
  const auto part = subgraph_of(original.query("MATCH (p:Person)-[c:COMMANDED]->(b:Battle) RETURN c"), original.graph());
  BOOST_TEST(part.relationships.size() == 3u);
  BOOST_TEST(part.nodes.size() == 5u); // the endpoints come along
  std::ostringstream script;
  write_cypher(script, original.graph(), part, cypher_dialect::annals);
  database copy;
  copy.execute(script.str());
  BOOST_TEST(copy.graph().node_count() == 5u);
  BOOST_TEST(copy.graph().relationship_count() == 3u);
}

BOOST_AUTO_TEST_CASE(csv_for_kuzu_loads_back) {
  database original;
  testing::build_declared_graph(original);
  scratch_dir dir;
  const auto files = write_csv(dir.path, original.graph(), whole_graph(original.graph()), csv_dialect::kuzu);
  BOOST_TEST(files.size() == 4u);
  BOOST_TEST(first_line(dir.path / "nodes_Person.csv") == "name,born,aliases,height,alive,rank");
  BOOST_TEST(first_line(dir.path / "rels_COMMANDED.csv") == "from,to,side,lines");
  BOOST_TEST(read(dir.path / "copy.cypher").find("COPY Person FROM 'nodes_Person.csv' (header=true);") != std::string::npos);

  database copy;
  copy.execute(read(dir.path / "schema.cypher"));
  for (const auto& f : files) {
    csv_options options;
    options.from_label = f.from_table;
    options.to_label = f.to_table;
    if (f.relationships) load_csv_relationships(copy.graph(), f.table, f.path, options);
    else load_csv_nodes(copy.graph(), f.table, f.path, options);
  }
  check_same_graph(original.graph(), copy.graph());
}

BOOST_AUTO_TEST_CASE(csv_for_neo4j_has_admin_import_headers) {
  database original;
  testing::build_mixed_graph(original);
  scratch_dir dir;
  const auto files = write_csv(dir.path, original.graph(), whole_graph(original.graph()), csv_dialect::neo4j);
  BOOST_TEST(first_line(dir.path / "nodes_Person.csv") ==
             "name:ID(Person),born:date,aliases:string[],height:double,alive:boolean,rank:long,:LABEL");
  BOOST_TEST(first_line(dir.path / "nodes_Note.csv") == ":ID(Note),tags:long[],text:string,value,:LABEL");
  BOOST_TEST(first_line(dir.path / "rels_COMMANDED.csv") ==
             ":START_ID(Person),:END_ID(Battle),:TYPE,side:string,lines:long[]");
  // CITES joins Note to Note and Note to Draft (the first label of a node with
  // two undeclared ones): a file per pair. WROTE joins Person to Note only.
  BOOST_TEST(fs::exists(dir.path / "rels_CITES_Note_Note.csv"));
  BOOST_TEST(fs::exists(dir.path / "rels_CITES_Note_Draft.csv"));
  BOOST_TEST(fs::exists(dir.path / "rels_WROTE.csv"));
  BOOST_TEST(fs::exists(dir.path / "import.sh"));
  BOOST_TEST(read(dir.path / "nodes_Person.csv").find("\"A \"\"quoted\"\", comma\nand line\"") != std::string::npos);
  BOOST_TEST(read(dir.path / "nodes_Person.csv").find("Juárez;El Benemérito") != std::string::npos);
  std::size_t rows = 0;
  for (const auto& f : files) {
    const auto text = read(f.path);
    rows += std::count(text.begin(), text.end(), '\r') - 1; // CRLF records, minus the header
  }
  BOOST_TEST(rows == original.graph().node_count() + original.graph().relationship_count());
}

BOOST_AUTO_TEST_CASE(graphml_reads_back_with_boost) {
  database original;
  testing::build_mixed_graph(original);
  std::stringstream text;
  write_graphml(text, original.graph(), whole_graph(original.graph()));

  using read_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                           boost::property<boost::vertex_name_t, std::string>,
                                           boost::property<boost::edge_name_t, std::string>>;
  read_graph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("labels", boost::get(boost::vertex_name, back));
  dp.property("type", boost::get(boost::edge_name, back));
  boost::read_graphml(text, back, dp);
  BOOST_TEST(boost::num_vertices(back) == original.graph().node_count());
  BOOST_TEST(boost::num_edges(back) == original.graph().relationship_count());
  BOOST_TEST(boost::get(boost::vertex_name, back, 0) == ":Person");
}

BOOST_AUTO_TEST_CASE(dot_reads_back_with_boost) {
  database original;
  testing::build_mixed_graph(original);
  std::ostringstream text;
  write_dot(text, original.graph(), whole_graph(original.graph()));

  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::property<boost::vertex_name_t, std::string>>
      back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("node_id", boost::get(boost::vertex_name, back));
  BOOST_TEST(boost::read_graphviz(text.str(), back, dp));
  // Legend nodes aside, the nodes are the graph's.
  std::size_t graph_nodes = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(back)))
    if (!boost::get(boost::vertex_name, back, v).starts_with("legend_")) ++graph_nodes;
  BOOST_TEST(graph_nodes == original.graph().node_count());
  BOOST_TEST(text.str().find("label=\"Legend\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(svg_through_graphviz) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    BOOST_TEST_MESSAGE("no Graphviz dot: skipped");
    return;
  }
  database original;
  testing::build_declared_graph(original);
  std::ostringstream dot;
  write_dot(dot, original.graph(), whole_graph(original.graph()));
  scratch_dir dir;
  render_dot(dot.str(), "svg", dir.path / "graph.svg");
  BOOST_TEST(read(dir.path / "graph.svg").find("<svg") != std::string::npos);
  BOOST_CHECK_THROW(render_dot("digraph {", "svg", dir.path / "bad.svg"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(svg_without_graphviz_says_what_to_do) {
  const std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
  ::setenv("PATH", "/nonexistent", 1);
  scratch_dir dir;
  BOOST_CHECK_EXCEPTION(render_dot("digraph {}", "svg", dir.path / "graph.svg"), std::runtime_error,
                        [](const std::runtime_error& e) {
                          return std::string(e.what()) ==
                                 "cannot make svg: Graphviz's `dot` program is not on the PATH (install graphviz, or "
                                 "export --to dot)";
                        });
  ::setenv("PATH", saved.c_str(), 1);
}
