// The property graph: primary-key lookups, adjacency by type, the schema
// refusals (message checked, nothing half-inserted) and rollback of every
// kind of change.
#define BOOST_TEST_MODULE graph
#include <boost/test/unit_test.hpp>

#include "annals/error.hpp"
#include "annals/graph.hpp"
#include "tests/support/graph_dump.hpp"
#include "tests/support/printing.hpp"

#include <functional>

using namespace annals;
using annals::testing::dump;

namespace {

value date(std::string_view text) { return value(*partial_date::parse(text)); }
data_type type(std::string_view text) { return *data_type::parse(text); }

// "Detail: message" of the annals::error `change` throws.
std::string refusal(const std::function<void()>& change) {
  try {
    change();
  } catch (const error& e) {
    return e.detail() + ": " + e.message();
  }
  return "accepted";
}

std::vector<node_id> others(std::span<const adjacent> adj) {
  std::vector<node_id> out;
  for (const auto& a : adj) out.push_back(a.other);
  return out;
}

// The French intervention in Mexico, in miniature.
struct history {
  graph g;
  node_id zaragoza, lorencez, diaz, puebla, camaron;
  rel_id zaragoza_puebla, lorencez_puebla, diaz_puebla, diaz_zaragoza;

  history() {
    g.declare(
        node_table{"Person", {{"name", type("STRING")}, {"born", type("DATE")}, {"rank", type("INT64")}}, "name"});
    g.declare(node_table{"Battle", {{"name", type("STRING")}, {"fought", type("DATE")}}, "name"});
    g.declare(rel_table{"COMMANDED", {{"Person", "Battle"}}, {{"side", type("STRING")}}, {}});
    g.declare(rel_table{"ALLIED_WITH", {{"Person", "Person"}}, {}, {}});
    zaragoza = g.add_node({"Person"}, {{"name", "Ignacio Zaragoza"}, {"born", date("1829-03-24")}});
    lorencez = g.add_node({"Person"}, {{"name", "Charles de Lorencez"}, {"born", date("1814")}});
    diaz = g.add_node({"Person"}, {{"name", "Porfirio Díaz"}, {"born", date("1830-09")}, {"rank", 3}});
    puebla = g.add_node({"Battle"}, {{"name", "Battle of Puebla"}, {"fought", date("1862-05-05")}});
    camaron = g.add_node({"Battle"}, {{"name", "Battle of Camarón"}, {"fought", date("1863-04-30")}});
    zaragoza_puebla = g.add_relationship(zaragoza, puebla, "COMMANDED", {{"side", "Mexico"}});
    lorencez_puebla = g.add_relationship(lorencez, puebla, "COMMANDED", {{"side", "France"}});
    diaz_puebla = g.add_relationship(diaz, puebla, "COMMANDED", {{"side", "Mexico"}});
    diaz_zaragoza = g.add_relationship(diaz, zaragoza, "ALLIED_WITH", {});
  }
  symbol sym(std::string_view name) { return g.intern(name); }
};

} // namespace

BOOST_FIXTURE_TEST_SUITE(lookups, history)

BOOST_AUTO_TEST_CASE(finds_nodes_by_primary_key) {
  BOOST_TEST(g.find_node("Person", "Ignacio Zaragoza") == std::optional<node_id>(zaragoza));
  BOOST_TEST(g.find_node("Battle", "Battle of Puebla") == std::optional<node_id>(puebla));
  BOOST_TEST(!g.find_node("Person", "Battle of Puebla").has_value()); // another table's key
  BOOST_TEST(!g.find_node("Person", "Benito Juárez").has_value());
  BOOST_TEST(!g.find_node("Person", 1).has_value());
  BOOST_TEST(!g.find_node("Ship", "Ignacio Zaragoza").has_value());
  BOOST_TEST(!g.find_node("COMMANDED", "Ignacio Zaragoza").has_value());
}

BOOST_AUTO_TEST_CASE(integer_keys_match_equal_numbers) {
  g.declare(node_table{"Regiment", {{"number", type("INT64")}}, "number"});
  const node_id first = g.add_node({"Regiment"}, {{"number", 1}});
  g.add_node({"Regiment"}, {{"number", 2}});
  BOOST_TEST(g.find_node("Regiment", 1) == std::optional<node_id>(first));
  BOOST_TEST(g.find_node("Regiment", 1.0) == std::optional<node_id>(first));
  BOOST_TEST(!g.find_node("Regiment", "1").has_value());
  BOOST_TEST(!g.find_node("Regiment", 3).has_value());
}

BOOST_AUTO_TEST_CASE(keys_follow_changes) {
  g.set_property(zaragoza, "name", "I. Zaragoza");
  BOOST_TEST(!g.find_node("Person", "Ignacio Zaragoza").has_value());
  BOOST_TEST(g.find_node("Person", "I. Zaragoza") == std::optional<node_id>(zaragoza));
  g.delete_node(camaron);
  BOOST_TEST(!g.find_node("Battle", "Battle of Camarón").has_value());
  // A deleted node's key is free again.
  const node_id again = g.add_node({"Battle"}, {{"name", "Battle of Camarón"}});
  BOOST_TEST(again == camaron + 1);
  BOOST_TEST(g.find_node("Battle", "Battle of Camarón") == std::optional<node_id>(again));
}

BOOST_AUTO_TEST_CASE(nodes_by_label) {
  const auto people = g.nodes_with_label(sym("Person"));
  BOOST_TEST(std::vector<node_id>(people.begin(), people.end()) == (std::vector<node_id>{zaragoza, lorencez, diaz}),
             boost::test_tools::per_element());
  BOOST_TEST(g.nodes_with_label(sym("Ship")).empty());
  g.delete_node(lorencez, true);
  const auto left = g.nodes_with_label(sym("Person"));
  BOOST_TEST(std::vector<node_id>(left.begin(), left.end()) == (std::vector<node_id>{zaragoza, diaz}),
             boost::test_tools::per_element());
  BOOST_TEST(g.node_count() == 4u);
  BOOST_TEST(g.node_capacity() == 5u);
  BOOST_TEST(!g.node_alive(lorencez));
}

BOOST_AUTO_TEST_CASE(adjacency_by_type_in_both_directions) {
  const symbol commanded = sym("COMMANDED"), allied = sym("ALLIED_WITH");
  BOOST_TEST(others(g.in(puebla, commanded)) == (std::vector<node_id>{zaragoza, lorencez, diaz}),
             boost::test_tools::per_element());
  BOOST_TEST(g.out(puebla, commanded).empty());
  BOOST_TEST(g.in(puebla, allied).empty());
  BOOST_TEST(others(g.out(diaz, commanded)) == std::vector<node_id>{puebla}, boost::test_tools::per_element());
  BOOST_TEST(others(g.out(diaz, allied)) == std::vector<node_id>{zaragoza}, boost::test_tools::per_element());
  BOOST_TEST(others(g.in(zaragoza, allied)) == std::vector<node_id>{diaz}, boost::test_tools::per_element());
  BOOST_TEST(g.out(zaragoza, allied).empty());
  BOOST_TEST(g.out(diaz).size() == 2u);
  BOOST_TEST(g.in(diaz).empty());
  BOOST_TEST(g.out(diaz, sym("FOUGHT_AT")).empty());
  // Entries carry the relationship, whose ends and type agree.
  const auto in = g.in(puebla, commanded);
  BOOST_TEST(in[1].rel == lorencez_puebla);
  BOOST_TEST(g.source(in[1].rel) == lorencez);
  BOOST_TEST(g.target(in[1].rel) == puebla);
  BOOST_TEST(g.name(g.rel(in[1].rel).type) == "COMMANDED");
  BOOST_TEST(*g.rel_property(in[1].rel, sym("side")) == value("France"));
}

BOOST_AUTO_TEST_CASE(adjacency_stays_sorted_by_type_then_relationship) {
  g.add_relationship(diaz, camaron, "COMMANDED", {});
  g.add_relationship(diaz, lorencez, "ALLIED_WITH", {});
  std::vector<std::pair<symbol, rel_id>> seen;
  for (const auto& a : g.out(diaz)) seen.emplace_back(a.type, a.rel);
  BOOST_TEST(std::is_sorted(seen.begin(), seen.end()));
  BOOST_TEST(others(g.out(diaz, sym("COMMANDED"))) == (std::vector<node_id>{puebla, camaron}),
             boost::test_tools::per_element());
  g.delete_relationship(diaz_puebla);
  BOOST_TEST(others(g.out(diaz, sym("COMMANDED"))) == std::vector<node_id>{camaron}, boost::test_tools::per_element());
  BOOST_TEST(others(g.in(puebla, sym("COMMANDED"))) == (std::vector<node_id>{zaragoza, lorencez}),
             boost::test_tools::per_element());
  BOOST_TEST(!g.rel_alive(diaz_puebla));
  BOOST_TEST(g.relationship_count() == 5u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(schema_refusals, history)

BOOST_AUTO_TEST_CASE(wrong_property_type) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.add_node({"Person"}, {{"name", "Benito Juárez"}, {"born", 1806}});
             }) == "PropertyTypeMismatch: property Person.born expects DATE, was given INT64 1806");
  BOOST_TEST(refusal([&] { g.set_property(diaz, "rank", "general"); }) ==
             "PropertyTypeMismatch: property Person.rank expects INT64, was given STRING 'general'");
  BOOST_TEST(refusal([&] { g.set_property(diaz, "born", std::string(80, 'x')); }) ==
             "PropertyTypeMismatch: property Person.born expects DATE, was given STRING '" + std::string(56, 'x') +
                 "...");
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(undeclared_property) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.add_node({"Person"}, {{"name", "Benito Juárez"}, {"title", "President"}});
             }) == "UndeclaredProperty: property Person.title is not declared (table Person has: name, born, rank)");
  BOOST_TEST(refusal([&] { g.set_property(puebla, "title", "x"); }) ==
             "UndeclaredProperty: property Battle.title is not declared (table Battle has: name, fought)");
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(duplicate_primary_key) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.add_node({"Person"}, {{"name", "Ignacio Zaragoza"}});
             }) ==
             "DuplicatePrimaryKey: duplicate primary key Person.name = 'Ignacio Zaragoza' (node 0 already has it)");
  BOOST_TEST(refusal([&] { g.set_property(diaz, "name", "Charles de Lorencez"); }) ==
             "DuplicatePrimaryKey: duplicate primary key Person.name = 'Charles de Lorencez' (node 1 already has it)");
  BOOST_TEST(dump(g) == before);
  BOOST_TEST(g.find_node("Person", "Porfirio Díaz") == std::optional<node_id>(diaz));
}

BOOST_AUTO_TEST_CASE(null_primary_key) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.add_node({"Person"}, {{"born", date("1806")}});
             }) == "NullPrimaryKey: primary key Person.name must not be null");
  BOOST_TEST(refusal([&] { g.set_property(diaz, "name", value()); }) ==
             "NullPrimaryKey: primary key Person.name must not be null");
  BOOST_TEST(dump(g) == before);
  const node_id bare = g.add_node({}, {});
  const auto with_bare = dump(g);
  BOOST_TEST(refusal([&] { g.add_label(bare, "Person"); }) ==
             "NullPrimaryKey: primary key Person.name must not be null");
  BOOST_TEST(dump(g) == with_bare);
  g.delete_node(bare);
  BOOST_TEST(g.node_count() == 5u);
  BOOST_TEST(g.node_capacity() == 6u); // a deleted node keeps its id
}

BOOST_AUTO_TEST_CASE(relationship_endpoints_must_match) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] { g.add_relationship(zaragoza, diaz, "COMMANDED", {}); }) ==
             "EndpointMismatch: relationship COMMANDED expects FROM Person TO Battle, was given FROM Person TO Person");
  BOOST_TEST(
      refusal([&] { g.add_relationship(puebla, zaragoza, "ALLIED_WITH", {}); }) ==
      "EndpointMismatch: relationship ALLIED_WITH expects FROM Person TO Person, was given FROM Battle TO Person");
  BOOST_TEST(dump(g) == before);
  const node_id bare = g.add_node({}, {});
  const auto with_bare = dump(g);
  BOOST_TEST(refusal([&] { g.add_relationship(bare, puebla, "COMMANDED", {}); }) ==
             "EndpointMismatch: relationship COMMANDED expects FROM Person TO Battle, was given FROM (no label) TO "
             "Battle");
  BOOST_TEST(dump(g) == with_bare);
  BOOST_TEST(g.relationship_count() == 4u);
}

BOOST_AUTO_TEST_CASE(relationship_properties) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.add_relationship(diaz, camaron, "COMMANDED", {{"rank", 2}});
             }) == "UndeclaredProperty: property COMMANDED.rank is not declared (table COMMANDED has: side)");
  BOOST_TEST(refusal([&] {
               g.add_relationship(diaz, lorencez, "ALLIED_WITH", {{"since", 1862}});
             }) ==
             "UndeclaredProperty: property ALLIED_WITH.since is not declared (table ALLIED_WITH has: no properties)");
  BOOST_TEST(refusal([&] {
               g.add_relationship(diaz, camaron, "COMMANDED", {{"side", 1}});
             }) == "PropertyTypeMismatch: property COMMANDED.side expects STRING, was given INT64 1");
  BOOST_TEST(refusal([&] { g.set_rel_property(diaz_puebla, "side", true); }) ==
             "PropertyTypeMismatch: property COMMANDED.side expects STRING, was given BOOL true");
  BOOST_TEST(dump(g) == before);
  BOOST_TEST(*g.rel_property(diaz_puebla, sym("side")) == value("Mexico"));
}

BOOST_AUTO_TEST_CASE(unknown_tables) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.declare(rel_table{"SAILED_ON", {{"Person", "Ship"}}, {}, {}});
             }) == "UnknownTable: relationship table SAILED_ON refers to node table Ship, which is not declared");
  BOOST_TEST(refusal([&] { g.drop_table("Ship"); }) == "UnknownTable: no table named Ship");
  BOOST_TEST(g.schema().find_rel_table("SAILED_ON") == nullptr);
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(deleting_a_connected_node_needs_detach) {
  const auto before = dump(g);
  BOOST_TEST(refusal([&] { g.delete_node(diaz); }) ==
             "DeleteConnectedNode: cannot delete node 2 because it still has relationships; use DETACH DELETE");
  BOOST_TEST(dump(g) == before);
  g.delete_node(diaz, true);
  BOOST_TEST(g.relationship_count() == 2u);
  BOOST_TEST(g.in(zaragoza).empty());
}

BOOST_AUTO_TEST_CASE(declaring_over_existing_data) {
  // Open labels take anything; declaring checks what is there.
  g.add_node({"Ship"}, {{"name", 1}});
  const auto before = dump(g);
  BOOST_TEST(refusal([&] {
               g.declare(node_table{"Ship", {{"name", type("STRING")}}, "name"});
             }) == "PropertyTypeMismatch: property Ship.name expects STRING, was given INT64 1");
  BOOST_TEST(g.schema().find_node_table("Ship") == nullptr);
  BOOST_TEST(dump(g) == before);

  g.add_node({"Ship"}, {{"name", 1}});
  BOOST_TEST(refusal([&] {
               g.declare(node_table{"Ship", {{"name", type("INT64")}}, "name"});
             }) == "DuplicatePrimaryKey: duplicate primary key Ship.name = 1 (node 5 already has it)");
  BOOST_TEST(g.schema().find_node_table("Ship") == nullptr);
  BOOST_TEST(!g.find_node("Ship", 1).has_value());

  g.set_property(6, "name", 2);
  g.declare(node_table{"Ship", {{"name", type("INT64")}}, "name"});
  BOOST_TEST(g.find_node("Ship", 2) == std::optional<node_id>(6));
  BOOST_TEST(refusal([&] {
               g.add_node({"Ship"}, {{"name", 1}});
             }) == "DuplicatePrimaryKey: duplicate primary key Ship.name = 1 (node 5 already has it)");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(transactions, history)

// Each change, made in a transaction and rolled back, leaves the graph as it was.
BOOST_AUTO_TEST_CASE(rollback_undoes_every_kind_of_change) {
  const std::vector<std::pair<std::string, std::function<void()>>> changes{
      {"add_node",
       [&] {
         g.add_node({"Person"}, {{"name", "Benito Juárez"}});
       }},
      {"add_open_node",
       [&] {
         g.add_node({"Ship", "Frigate"}, {{"guns", 40}});
       }},
      {"add_relationship",
       [&] {
         g.add_relationship(lorencez, camaron, "COMMANDED", {{"side", "France"}});
       }},
      {"set_property", [&] { g.set_property(diaz, "rank", 4); }},
      {"set_new_property", [&] { g.set_property(zaragoza, "rank", 1); }},
      {"remove_property", [&] { g.set_property(diaz, "born", value()); }},
      {"change_key", [&] { g.set_property(zaragoza, "name", "I. Zaragoza"); }},
      {"set_rel_property", [&] { g.set_rel_property(diaz_puebla, "side", "Republic"); }},
      {"remove_rel_property", [&] { g.set_rel_property(lorencez_puebla, "side", value()); }},
      {"add_label", [&] { g.add_label(camaron, "Siege"); }},
      {"remove_label", [&] { g.remove_label(camaron, "Battle"); }},
      {"delete_relationship", [&] { g.delete_relationship(lorencez_puebla); }},
      {"delete_last_relationship", [&] { g.delete_relationship(diaz_zaragoza); }},
      {"delete_node", [&] { g.delete_node(camaron); }},
      {"detach_delete_node", [&] { g.delete_node(diaz, true); }},
      {"delete_then_add_relationship",
       [&] {
         g.delete_relationship(diaz_zaragoza);
         g.add_relationship(zaragoza, camaron, "COMMANDED", {});
       }},
      {"add_then_delete_node",
       [&] {
         const node_id n = g.add_node({"Person"}, {{"name", "Benito Juárez"}});
         g.add_relationship(n, puebla, "COMMANDED", {});
         g.delete_node(n, true);
       }},
      {"everything",
       [&] {
         const node_id n = g.add_node({"Person"}, {{"name", "Benito Juárez"}});
         g.add_relationship(n, zaragoza, "ALLIED_WITH", {});
         g.set_property(zaragoza, "name", "I. Zaragoza");
         g.set_rel_property(zaragoza_puebla, "side", "Republic");
         g.delete_node(lorencez, true);
         g.remove_label(camaron, "Battle");
         g.add_label(camaron, "Siege");
         g.delete_relationship(diaz_zaragoza);
       }},
  };
  const auto before = dump(g);
  for (const auto& [name, change] : changes) {
    g.begin();
    change();
    BOOST_TEST_REQUIRE(dump(g) != before, name << " changed nothing");
    g.rollback();
    BOOST_TEST(dump(g) == before, name << " was not undone");
  }
  BOOST_TEST(g.find_node("Person", "Ignacio Zaragoza") == std::optional<node_id>(zaragoza));
  BOOST_TEST(!g.find_node("Person", "I. Zaragoza").has_value());
  BOOST_TEST(!g.find_node("Person", "Benito Juárez").has_value());
  BOOST_TEST(g.nodes_with_label(sym("Siege")).empty());
}

BOOST_AUTO_TEST_CASE(a_refused_change_inside_a_transaction_is_undone_with_it) {
  const auto before = dump(g);
  g.begin();
  g.add_node({"Person"}, {{"name", "Benito Juárez"}});
  BOOST_TEST(refusal([&] {
               g.add_node({"Person"}, {{"name", "Benito Juárez"}});
             }) == "DuplicatePrimaryKey: duplicate primary key Person.name = 'Benito Juárez' (node 5 already has it)");
  g.rollback();
  BOOST_TEST(dump(g) == before);
}

BOOST_AUTO_TEST_CASE(commit_keeps_changes) {
  g.begin();
  const node_id juarez = g.add_node({"Person"}, {{"name", "Benito Juárez"}});
  g.add_relationship(juarez, zaragoza, "ALLIED_WITH", {});
  g.commit();
  BOOST_TEST(!g.in_transaction());
  g.rollback(); // nothing left to undo
  BOOST_TEST(g.find_node("Person", "Benito Juárez") == std::optional<node_id>(juarez));
  BOOST_TEST(others(g.in(zaragoza, sym("ALLIED_WITH"))) == (std::vector<node_id>{diaz, juarez}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(every_change_bumps_the_version) {
  auto v = g.version();
  g.set_property(diaz, "rank", 5);
  BOOST_TEST(g.version() > v);
  v = g.version();
  g.begin();
  g.add_label(diaz, "General");
  g.rollback();
  BOOST_TEST(g.version() > v);
}

BOOST_AUTO_TEST_SUITE_END()
