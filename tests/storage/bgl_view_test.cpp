// Boost.Graph algorithms over the store through bgl_view: the view models the
// BGL concepts, filters by relationship type and hides deleted nodes.
#define BOOST_TEST_MODULE bgl_view
#include <boost/test/unit_test.hpp>

#include "annals/bgl_view.hpp"
#include "tests/support/printing.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/property_map/function_property_map.hpp>

using namespace annals;

// Compile-time checks: the view is a graph every BGL algorithm accepts.
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<bgl_view_type>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<bgl_view_type>));
BOOST_CONCEPT_ASSERT((boost::BidirectionalGraphConcept<bgl_view_type>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<bgl_view_type>));

namespace {

// Towns of the campaign joined by MARCHED (with the days it took) and SAILED.
struct campaign {
  graph g;
  node_id veracruz, orizaba, puebla, mexico, cuernavaca, havana;
  campaign() {
    auto town = [&](const char* name) { return g.add_node({"Town"}, {{"name", name}}); };
    veracruz = town("Veracruz");
    orizaba = town("Orizaba");
    puebla = town("Puebla");
    mexico = town("Mexico City");
    cuernavaca = town("Cuernavaca");
    havana = town("Havana");
    g.add_relationship(veracruz, orizaba, "MARCHED", {{"days", 9}});
    g.add_relationship(orizaba, puebla, "MARCHED", {{"days", 7}});
    g.add_relationship(puebla, mexico, "MARCHED", {{"days", 5}});
    g.add_relationship(veracruz, mexico, "MARCHED", {{"days", 30}});
    g.add_relationship(mexico, cuernavaca, "MARCHED", {{"days", 4}});
    g.add_relationship(havana, veracruz, "SAILED", {{"days", 6}});
  }

  // Hops from `start` over the view, -1 where unreachable.
  std::vector<int> hops(const bgl_view_type& view, node_id start) {
    std::vector<int> distance(g.node_capacity(), -1);
    distance[start] = 0;
    struct recorder : boost::default_bfs_visitor {
      std::vector<int>* d;
      void tree_edge(bgl_view_type::edge_descriptor e, const bgl_view_type& v) const {
        (*d)[boost::target(e, v)] = (*d)[boost::source(e, v)] + 1;
      }
    };
    recorder r;
    r.d = &distance;
    boost::breadth_first_search(view, start, boost::visitor(r));
    return distance;
  }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(algorithms, campaign)

BOOST_AUTO_TEST_CASE(breadth_first_search_over_every_type) {
  const auto d = hops(bgl_view(g), havana);
  BOOST_TEST(d == (std::vector<int>{1, 2, 3, 2, 3, 0}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(breadth_first_search_over_one_type) {
  BOOST_TEST(hops(bgl_view(g, {"MARCHED"}), havana) == (std::vector<int>{-1, -1, -1, -1, -1, 0}),
             boost::test_tools::per_element());
  BOOST_TEST(hops(bgl_view(g, {"MARCHED"}), veracruz) == (std::vector<int>{0, 1, 2, 1, 2, -1}),
             boost::test_tools::per_element());
  BOOST_TEST(hops(bgl_view(g, {"SAILED", "MARCHED"}), havana) == (std::vector<int>{1, 2, 3, 2, 3, 0}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_types_match_nothing) {
  BOOST_TEST(hops(bgl_view(g, {"FLEW"}), veracruz) == (std::vector<int>{0, -1, -1, -1, -1, -1}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dijkstra_with_weights_from_a_property) {
  const auto view = bgl_view(g, {"MARCHED"});
  const symbol days = *g.find_symbol("days");
  auto weight =
      boost::make_function_property_map<bgl_view_type::edge_descriptor, int>([&](bgl_view_type::edge_descriptor e) {
        return static_cast<int>(g.bgl()[e].properties.get(days)->as<std::int64_t>());
      });
  std::vector<int> distance(g.node_capacity());
  std::vector<bgl_view_type::vertex_descriptor> parent(g.node_capacity());
  boost::dijkstra_shortest_paths(
      view, veracruz, boost::weight_map(weight).distance_map(distance.data()).predecessor_map(parent.data()));
  BOOST_TEST(distance[mexico] == 21); // by Orizaba and Puebla, not the 30-day road
  BOOST_TEST(distance[cuernavaca] == 25);
  BOOST_TEST(parent[mexico] == puebla);
  BOOST_TEST(parent[puebla] == orizaba);
}

BOOST_AUTO_TEST_CASE(deleted_nodes_are_hidden) {
  g.delete_node(puebla, true);
  std::vector<node_id> seen;
  for (auto v : boost::make_iterator_range(boost::vertices(bgl_view(g)))) seen.push_back(static_cast<node_id>(v));
  BOOST_TEST(seen == (std::vector<node_id>{veracruz, orizaba, mexico, cuernavaca, havana}),
             boost::test_tools::per_element());
  BOOST_TEST(hops(bgl_view(g, {"MARCHED"}), orizaba) == (std::vector<int>{-1, 0, -1, -1, -1, -1}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(edges_carry_their_records) {
  const auto view = bgl_view(g, {"SAILED"});
  std::vector<std::string> edges;
  for (auto e : boost::make_iterator_range(boost::edges(view)))
    edges.push_back(std::to_string(boost::source(e, view)) + "->" + std::to_string(boost::target(e, view)) + " " +
                    g.name(g.bgl()[e].type));
  BOOST_TEST(edges == std::vector<std::string>{"5->0 SAILED"}, boost::test_tools::per_element());
  BOOST_TEST(boost::in_degree(veracruz, view) == 1u);
  BOOST_TEST(boost::out_degree(veracruz, bgl_view(g, {"MARCHED"})) == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
