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
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/resource.h>

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
  BOOST_TEST(fs::exists(dir.path / "rels_CITES__Note__Note.csv"));
  BOOST_TEST(fs::exists(dir.path / "rels_CITES__Note__Draft.csv"));
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

namespace {

// Files of this process may not grow past `bytes` while it lives: a full disk, as write() sees one (EFBIG).
struct file_size_limit {
  rlimit old{};
  explicit file_size_limit(rlim_t bytes) {
    std::signal(SIGXFSZ, SIG_IGN);
    ::getrlimit(RLIMIT_FSIZE, &old);
    rlimit lower = old;
    lower.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &lower);
  }
  ~file_size_limit() { ::setrlimit(RLIMIT_FSIZE, &old); }
};

// Labels and types whose names other exports folded into one file name.
void build_clashing_names(database& db) {
  const std::string long_label = "`" + std::string(300, 'L') + "`";
  for (const auto* label : {"`A.B`", "`A_B`", "`A B`", "`a.b`", "`Ré'x\tz`"})
    db.execute(std::string("CREATE NODE TABLE ") + label + "(n INT64, PRIMARY KEY(n))");
  db.execute("CREATE NODE TABLE " + long_label + "(n INT64, PRIMARY KEY(n))");
  db.execute("CREATE REL TABLE `R.S`(FROM `A.B` TO `A_B`, FROM `Ré'x\tz` TO `Ré'x\tz`, w INT64)");
  db.execute("CREATE REL TABLE `R_S`(FROM `A_B` TO `A B`, FROM `A B` TO `a.b`, w INT64)");
  db.execute("CREATE (a:`A.B` {n: 1}), (b:`A_B` {n: 2}), (c:`A B` {n: 3}), (d:`a.b` {n: 4}), (e:`" +
             std::string(300, 'L') + "` {n: 5}), (f:`Ré'x\tz` {n: 6}), (a)-[:`R.S` {w: 1}]->(b), "
             "(b)-[:`R_S` {w: 2}]->(c), (c)-[:`R_S` {w: 3}]->(d), (f)-[:`R.S` {w: 4}]->(f)");
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

} // namespace

BOOST_AUTO_TEST_CASE(csv_file_names_are_unique_for_any_name) {
  database original;
  build_clashing_names(original);
  scratch_dir dir;
  const auto files = write_csv(dir.path, original.graph(), whole_graph(original.graph()), csv_dialect::kuzu);
  std::vector<std::string> names;
  for (const auto& f : files) names.push_back(f.path.filename().string());
  const std::vector<std::string> expected{"nodes_A_20B.csv",
                                          "nodes_A_2EB.csv",
                                          "nodes_A_5FB.csv",
                                          "nodes_" + std::string(194, 'L') + ".2.csv",
                                          "nodes_R_C3_A9_27x_09z.csv",
                                          "nodes_a_2Eb.2.csv", // A_2EB where case does not count
                                          "rels_R_2ES__A_2EB__A_5FB.csv",
                                          "rels_R_2ES__R_C3_A9_27x_09z__R_C3_A9_27x_09z.csv",
                                          "rels_R_5FS__A_20B__a_2Eb.csv",
                                          "rels_R_5FS__A_5FB__A_20B.csv"};
  BOOST_TEST(names == expected, boost::test_tools::per_element());
  const auto manifest = lines_of(read(dir.path / "manifest.tsv"));
  BOOST_TEST(manifest.size() == files.size() + 1);
  BOOST_TEST(manifest[0] == "kind\tfile\ttable\tfrom\tto");
  BOOST_TEST(manifest[5] == "nodes\tnodes_R_C3_A9_27x_09z.csv\tRé'x\\tz\t\t");
  BOOST_TEST(read(dir.path / "copy.cypher").find("COPY `R.S` FROM 'rels_R_2ES__A_2EB__A_5FB.csv' (header=true, "
                                                 "from='A.B', to='A_B');") != std::string::npos);

  // Loaded back file by file as the manifest lists them: the same graph.
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

BOOST_AUTO_TEST_CASE(neo4j_import_script_reads_the_manifest) {
  database original;
  build_clashing_names(original);
  scratch_dir dir;
  const auto files = write_csv(dir.path, original.graph(), whole_graph(original.graph()), csv_dialect::neo4j);
  // import.sh hands neo4j-admin each file once. A neo4j-admin that prints its arguments, one a line.
  fs::create_directories(dir.path / "bin");
  {
    std::ofstream fake(dir.path / "bin" / "neo4j-admin");
    fake << "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >\"$OUT\"\n";
  }
  fs::permissions(dir.path / "bin" / "neo4j-admin", fs::perms::owner_all);
  const auto out = dir.path / "arguments";
  const std::string command = "PATH='" + (dir.path / "bin").string() + "':$PATH OUT='" + out.string() + "' sh '" +
                              (dir.path / "import.sh").string() + "' graphs";
  BOOST_TEST(std::system(command.c_str()) == 0);
  std::vector<std::string> expected{"database", "import", "full", "--overwrite-destination", "--array-delimiter=;"};
  for (const auto& f : files)
    expected.push_back((f.relationships ? "--relationships=" : "--nodes=") + f.path.filename().string());
  expected.push_back("graphs");
  BOOST_TEST(lines_of(read(out)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cypher_helper_key_never_meets_users_properties) {
  database original;
  original.execute("CREATE (a:Note {_export_id: 1}), (b:Note {_export_id: 1, _export_id_2: 'x'}), (c:Note), "
                   "(a)-[:NEXT]->(b), (b)-[:NEXT]->(c), (c)-[:NEXT]->(a)");
  for (auto dialect : {cypher_dialect::annals, cypher_dialect::neo4j}) {
    std::ostringstream script;
    write_cypher(script, original.graph(), whole_graph(original.graph()), dialect);
    BOOST_TEST(script.str().find("REMOVE n._export_id_3;") != std::string::npos);
    database copy;
    copy.execute(script.str());
    check_same_graph(original.graph(), copy.graph());
  }
}

BOOST_AUTO_TEST_CASE(xml_writers_hold_only_what_xml_can) {
  database original;
  original.execute("CREATE (a:Note {text: 'bell\\u0007 and nul\\u0000', ok: 'tab\\tline\\nend'}), "
                   "(b:`Odd\\u0001Label`), (a)-[:SEES]->(b)");
  std::ostringstream graphml;
  BOOST_CHECK_EXCEPTION(write_graphml(graphml, original.graph(), whole_graph(original.graph())), std::runtime_error,
                        [](const std::runtime_error& e) {
                          BOOST_TEST(e.what() == std::string("GraphML cannot hold the control character U+0007 in "
                                                             "node 0's property text (XML 1.0 has no way to write "
                                                             "it); export to cypher or csv instead"));
                          return true;
                        });
  BOOST_TEST(graphml.str().empty());

  std::ostringstream dot;
  write_dot(dot, original.graph(), whole_graph(original.graph()));
  const auto text = dot.str();
  BOOST_TEST(std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\n' && c != '\t' && c != '\r';
  }));
  BOOST_TEST(text.find("bell\u2407 and nul\u2400") != std::string::npos);
  if (std::system("command -v dot >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1") != 0) {
    BOOST_TEST_MESSAGE("no Graphviz dot or xmllint: SVG not checked");
    return;
  }
  scratch_dir dir;
  render_dot(text, "svg", dir.path / "graph.svg");
  BOOST_TEST(std::system(("xmllint --noout '" + (dir.path / "graph.svg").string() + "'").c_str()) == 0);
}

BOOST_AUTO_TEST_CASE(csv_on_a_full_disk_leaves_nothing) {
  database original;
  original.execute("UNWIND range(1, 3000) AS i CREATE (:Note {i: i, text: 'a line of text to fill the disk'})");
  original.execute("CREATE (:Person {name: 'x'})");
  scratch_dir dir;
  {
    file_size_limit limit(32 * 1024);
    BOOST_CHECK_EXCEPTION(write_csv(dir.path / "new", original.graph(), whole_graph(original.graph()),
                                    csv_dialect::neo4j),
                          std::runtime_error, [&](const std::runtime_error& e) {
                            BOOST_TEST(e.what() == (dir.path / "new" / "nodes_Note.csv").string() +
                                                       ": cannot write: write failed (File too large)");
                            return true;
                          });
  }
  BOOST_TEST(!fs::exists(dir.path / "new")); // the directory it made is gone again
  // Over an earlier export: every file of it stays as it was.
  database small;
  small.execute("CREATE (:Note {i: 0})");
  write_csv(dir.path / "old", small.graph(), whole_graph(small.graph()), csv_dialect::neo4j);
  const auto before = read(dir.path / "old" / "nodes_Note.csv");
  {
    file_size_limit limit(32 * 1024);
    BOOST_CHECK_THROW(write_csv(dir.path / "old", original.graph(), whole_graph(original.graph()), csv_dialect::neo4j),
                      std::runtime_error);
  }
  BOOST_TEST(read(dir.path / "old" / "nodes_Note.csv") == before);
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path / "old")) left.push_back(e.path().filename().string());
  std::sort(left.begin(), left.end());
  BOOST_TEST(left == (std::vector<std::string>{"import.sh", "manifest.tsv", "nodes_Note.csv"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(graphml_key_names_are_escaped_and_never_clash) {
  database original;
  original.execute("CREATE (a:Note {labels: 'mine', `a\"b<c&d`: 1}), (b:Note), (a)-[:SEES {type: 'mine too'}]->(b)");
  std::stringstream text;
  write_graphml(text, original.graph(), whole_graph(original.graph()));
  BOOST_TEST(text.str().find("attr.name=\"a&quot;b&lt;c&amp;d\"") != std::string::npos);
  using read_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                           boost::property<boost::vertex_name_t, std::string>,
                                           boost::property<boost::edge_name_t, std::string>>;
  read_graph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("labels_2", boost::get(boost::vertex_name, back));
  dp.property("type_2", boost::get(boost::edge_name, back));
  boost::read_graphml(text, back, dp);
  BOOST_TEST(boost::num_vertices(back) == 2u);
  BOOST_TEST(boost::get(boost::vertex_name, back, 0) == ":Note");
  BOOST_TEST(boost::get(boost::edge_name, back, *boost::edges(back).first) == "SEES");
  BOOST_TEST(text.str().find("attr.name=\"labels\"") != std::string::npos); // the user's property keeps its name
}
