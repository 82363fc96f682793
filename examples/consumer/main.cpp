// The smallest annals program: a schema, two nodes, a relationship, a lookup;
// then the bundled dataset, loaded from where the package installed it.
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
  const auto fought = g.property(battle, "fought").as<annals::partial_date>();
  std::cout << "Battle of Puebla, " << fought.to_string() << ": " << g.in(battle).size() << " commander, "
            << g.property(g.in(battle)[0].other, "name").as<std::string>() << ", "
            << g.property(battle, "losses").value_or("losses unknown") << "\n";

  // The dataset the package installs (ANNALS_DATASET: ${annals_DATASET_DIR}).
  annals::database war;
  const auto files = war.load_directory(ANNALS_DATASET);
  const auto r = war.query("MATCH (b:Battle) WHERE b.name = $name RETURN b.name AS battle, size(b.name) AS length",
                           {{"name", "Battle of Puebla"}});
  std::cout << files.size() << " scripts; " << r[0][r.column("battle")].as<std::string>() << " has "
            << r[0][r.column("length")].as<double>() << " letters";
  if (!r[0][0].try_as<std::int64_t>()) std::cout << " (its name is no number)";
  const auto fought_against = annals::bgl_view(war, {"FOUGHT_AGAINST"}); // computes the derived type
  std::cout << "; " << num_edges(fought_against) << " FOUGHT_AGAINST relationships\n";
  try {
    (void)r[0][0].as<std::int64_t>();
  } catch (const annals::type_error& e) {
    std::cout << e.message() << "\n";
  }
}
