// The smallest annals program: a schema, two nodes, a relationship, a lookup.
#include <annals/annals.hpp>

#include <iostream>

int main() {
  annals::database db;
  db.declare(annals::node_table{"Person", {{"name", *annals::data_type::parse("STRING")}}, "name"});
  db.declare(
      annals::node_table{"Battle",
                         {{"name", *annals::data_type::parse("STRING")}, {"fought", *annals::data_type::parse("DATE")}},
                         "name"});
  db.declare(annals::rel_table{"FOUGHT_AT", {{"Person", "Battle"}}, {}, {}});

  const auto zaragoza = db.add_node({"Person"}, {{"name", "Ignacio Zaragoza"}});
  const auto puebla =
      db.add_node({"Battle"}, {{"name", "Battle of Puebla"}, {"fought", *annals::partial_date::parse("1862-05-05")}});
  db.add_relationship(zaragoza, puebla, "FOUGHT_AT");

  const auto& g = db.graph();
  const auto battle = *db.find_node("Battle", "Battle of Puebla");
  const auto fought = g.property(battle, *g.find_symbol("fought"))->as<annals::partial_date>();
  std::cout << "Battle of Puebla, " << fought.to_string() << ": " << g.in(battle).size() << " commander, "
            << g.property(g.in(battle)[0].other, *g.find_symbol("name"))->as<std::string>() << "\n";
}
