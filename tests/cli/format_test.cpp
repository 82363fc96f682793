// The text forms of values and results (lib/api/format.cpp), on a graph built
// through the C++ API, so they do not depend on the query engine.
#define BOOST_TEST_MODULE result formats
#include <boost/test/unit_test.hpp>

#include "sample_graph.hpp"

#include "annals/format.hpp"

using namespace annals;

namespace {

struct fixture {
  database db;
  node_id ohoran = 0, puebla = 0;
  rel_id commanded = 0;
  fixture() {
    testing::build_declared_graph(db);
    ohoran = db.find_node("Person", "Tomás O'Horan").value();
    puebla = db.find_node("Battle", "Puebla").value();
    commanded = db.graph().out(ohoran).front().rel;
  }
  const graph& g() const { return db.graph(); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(render_nodes_relationships_and_paths, fixture) {
  BOOST_TEST(render(node_ref{puebla}, g()) == "(:Battle {name: 'Puebla', start: 1862-05-05})");
  BOOST_TEST(render(node_ref{ohoran}, g()) == "(:Person {aliases: ['O\\'Horan'], born: 1818, name: 'Tomás O\\'Horan'})");
  BOOST_TEST(render(rel_ref{commanded}, g()) == "[:COMMANDED {lines: [4, 7], side: 'Mexican Republic'}]");
  const path_value forward{{ohoran, puebla}, {commanded}};
  BOOST_TEST(render(forward, g()) ==
             "<(:Person {aliases: ['O\\'Horan'], born: 1818, name: 'Tomás O\\'Horan'})-[:COMMANDED {lines: [4, 7], "
             "side: 'Mexican Republic'}]->(:Battle {name: 'Puebla', start: 1862-05-05})>");
  const path_value backward{{puebla, ohoran}, {commanded}};
  BOOST_TEST(render(backward, g()).starts_with("<(:Battle {name: 'Puebla', start: 1862-05-05})<-[:COMMANDED"));
  BOOST_TEST(render(value_list{node_ref{puebla}, 1, "x"}, g()) == "[(:Battle {name: 'Puebla', start: 1862-05-05}), 1, 'x']");
  BOOST_TEST(render(value_map{{"a b", 1}, {"n", nullptr}}, g()) == "{`a b`: 1, n: null}");
}

BOOST_FIXTURE_TEST_CASE(table_aligns_columns_and_counts_rows, fixture) {
  const result r({"name", "n", "born"}, {{"Juárez", 1, partial_date::parse("1806").value()},
                                         {"O'Horan", 120, nullptr}});
  BOOST_TEST(format_table(r, g()) == "+---------+-----+------+\n"
                                     "| name    | n   | born |\n"
                                     "+---------+-----+------+\n"
                                     "| Juárez  |   1 | 1806 |\n"
                                     "| O'Horan | 120 | null |\n"
                                     "+---------+-----+------+\n"
                                     "(2 rows)\n");
  BOOST_TEST(format_table(result({"x"}, {}), g()) == "+---+\n| x |\n+---+\n(0 rows)\n");
  BOOST_TEST(format_table(result({"x"}, {{"a\nb"}}), g()) == "+------+\n| x    |\n+------+\n| a\\nb |\n+------+\n(1 row)\n");
  change_counts two_nodes;
  two_nodes.nodes_created = 2;
  two_nodes.properties_set = 1;
  const result created({}, {}, two_nodes, "");
  BOOST_TEST(format_table(created, g()) == "(0 rows)\n2 nodes created, 1 property set\n");
}

BOOST_FIXTURE_TEST_CASE(csv_quotes_only_what_needs_it, fixture) {
  const result r({"s", "n", "d", "l"}, {{"plain", 1, partial_date::parse("1864-03").value(), value_list{1, 2}},
                                        {"a, \"b\"\nc", 2.5, nullptr, value_list{}},
                                        {"", nullptr, true, "x"}});
  BOOST_TEST(format_csv(r, g()) == "s,n,d,l\r\n"
                                   "plain,1,1864-03,\"[1, 2]\"\r\n"
                                   "\"a, \"\"b\"\"\nc\",2.5,,[]\r\n"
                                   "\"\",,true,x\r\n");
  BOOST_TEST(format_csv(result({"p"}, {{node_ref{puebla}}}), g()) ==
             "p\r\n\"(:Battle {name: 'Puebla', start: 1862-05-05})\"\r\n");
}

BOOST_FIXTURE_TEST_CASE(json_is_an_array_of_row_objects, fixture) {
  const result r({"b", "n", "x"}, {{node_ref{puebla}, 1, partial_date::parse("1864").value()},
                                   {rel_ref{commanded}, nullptr, value_map{{"k", value_list{1.5, "é"}}}}});
  BOOST_TEST(format_json(r, g()) ==
             "[\n"
             "  {\"b\":{\"id\":4,\"labels\":[\"Battle\"],\"properties\":{\"name\":\"Puebla\",\"start\":\"1862-05-05\"}},"
             "\"n\":1,\"x\":\"1864\"},\n"
             "  {\"b\":{\"id\":0,\"type\":\"COMMANDED\",\"start\":1,\"end\":4,\"properties\":{\"lines\":[4,7],"
             "\"side\":\"Mexican Republic\"}},\"n\":null,\"x\":{\"k\":[1.5,\"é\"]}}\n"
             "]\n");
  BOOST_TEST(format_json(result({"x"}, {}), g()) == "[]\n");
}
