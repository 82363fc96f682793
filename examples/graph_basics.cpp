// graph_basics: the annals C++ API in one page. It declares a schema, adds
// people, battles and towns of the French intervention in Mexico (facts from
// the seed text), looks nodes up by key, walks neighbours by relationship
// type, and runs a Boost.Graph breadth-first search over the store.
#include <annals/annals.hpp>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <iostream>
#include <map>

namespace {

annals::data_type type(const char* name) { return *annals::data_type::parse(name); }
annals::value date(const char* text) { return *annals::partial_date::parse(text); }

// A property as text: strings bare, everything else as Cypher writes it.
// A missing property reads as null: shown as nothing.
std::string shown(const annals::value& v) {
  if (v.is_null()) return "";
  return v.is<std::string>() ? v.as<std::string>() : annals::to_cypher(v);
}
std::string text(const annals::graph& g, annals::node_id n, std::string_view key) { return shown(g.property(n, key)); }
std::string rel_text(const annals::graph& g, annals::rel_id r, std::string_view key) {
  return shown(g.rel_property(r, key));
}

// Pads UTF-8 text to `width` characters (std::setw counts bytes).
std::string pad(std::string s, std::size_t width) {
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return s + std::string(chars < width ? width - chars : 0, ' ');
}

} // namespace

int main() {
  annals::database db;

  // ---- the schema: node tables with a primary key, relationship tables with their ends
  db.declare(annals::node_table{"Person", {{"name", type("STRING")}}, "name"});
  db.declare(annals::node_table{"Battle", {{"name", type("STRING")}, {"began", type("DATE")}}, "name"});
  db.declare(annals::node_table{"Town", {{"name", type("STRING")}}, "name"});
  db.declare(annals::rel_table{"FOUGHT_AT", {{"Person", "Battle"}}, {{"side", type("STRING")}}, {}});
  db.declare(annals::rel_table{"TOOK_PLACE_IN", {{"Battle", "Town"}}, {}, {}});
  db.declare(annals::rel_table{"ADVANCED_TO", {{"Town", "Town"}}, {{"taken", type("DATE")}}, {}});

  // ---- the data: dates keep the precision they are known to
  for (const char* name : {"Ignacio Zaragoza", "Porfirio Díaz", "Jesús González Ortega", "Élie Frédéric Forey",
                           "Achille Bazaine", "Mariano Escobedo", "Tomás Mejía", "Miguel Miramón", "Maximilian I"})
    db.add_node({"Person"}, {{"name", name}});
  for (const char* name :
       {"Veracruz", "Orizaba", "Puebla", "Mexico City", "Oaxaca", "Querétaro", "Guanajuato", "Guadalajara"})
    db.add_node({"Town"}, {{"name", name}});
  const std::vector<std::tuple<const char*, const char*, const char*>> battles{
      {"Battle of Puebla", "1862-05-05", "Puebla"},
      {"Siege of Puebla", "1863-03", "Puebla"},
      {"Siege of Oaxaca", "1865-02", "Oaxaca"},
      {"Battle of San Jacinto", "1867-02-01", ""},
      {"Siege of Querétaro", "1867-03", "Querétaro"}};
  for (const auto& [name, began, town] : battles) {
    const auto b = db.add_node({"Battle"}, {{"name", name}, {"began", date(began)}});
    if (*town) db.add_relationship(b, *db.find_node("Town", town), "TOOK_PLACE_IN");
  }

  auto person = [&](const char* name) { return *db.find_node("Person", name); };
  auto battle = [&](const char* name) { return *db.find_node("Battle", name); };
  auto town = [&](const char* name) { return *db.find_node("Town", name); };
  const std::vector<std::tuple<const char*, const char*, const char*>> fought{
      {"Ignacio Zaragoza", "Battle of Puebla", "Republic"}, {"Porfirio Díaz", "Battle of Puebla", "Republic"},
      {"Élie Frédéric Forey", "Siege of Puebla", "France"}, {"Jesús González Ortega", "Siege of Puebla", "Republic"},
      {"Porfirio Díaz", "Siege of Puebla", "Republic"},     {"Achille Bazaine", "Siege of Oaxaca", "France"},
      {"Porfirio Díaz", "Siege of Oaxaca", "Republic"},     {"Mariano Escobedo", "Battle of San Jacinto", "Republic"},
      {"Tomás Mejía", "Battle of San Jacinto", "Empire"},   {"Miguel Miramón", "Siege of Querétaro", "Empire"},
      {"Tomás Mejía", "Siege of Querétaro", "Empire"},      {"Maximilian I", "Siege of Querétaro", "Empire"}};
  for (const auto& [who, where, side] : fought)
    db.add_relationship(person(who), battle(where), "FOUGHT_AT", {{"side", side}});
  // The Franco-imperial advance inland: each town taken from the one before it.
  const std::vector<std::tuple<const char*, const char*, const char*>> advance{
      {"Veracruz", "Orizaba", "1862"},
      {"Orizaba", "Puebla", "1863-05-17"},
      {"Puebla", "Mexico City", "1863-06-10"},
      {"Mexico City", "Querétaro", "1863-11-17"},
      {"Querétaro", "Guanajuato", "1863-12-09"},
      {"Guanajuato", "Guadalajara", "1864-01-05"},
      {"Puebla", "Oaxaca", "1865-02"}};
  for (const auto& [from, to, taken] : advance)
    db.add_relationship(town(from), town(to), "ADVANCED_TO", {{"taken", date(taken)}});

  const annals::graph& g = db.graph();
  std::cout << "annals graph_basics: " << g.node_count() << " nodes, " << g.relationship_count()
            << " relationships\n\n";

  // ---- a lookup by primary key, then its neighbours by relationship type
  const annals::symbol fought_at = *g.find_symbol("FOUGHT_AT");
  const annals::symbol took_place_in = *g.find_symbol("TOOK_PLACE_IN");
  const auto diaz = *db.find_node("Person", "Porfirio Díaz");
  std::cout << "Porfirio Díaz fought at:\n";
  for (const auto& a : g.out(diaz, fought_at))
    std::cout << "  " << pad(text(g, a.other, "began"), 11) << text(g, a.other, "name") << " ("
              << rel_text(g, a.rel, "side") << ")\n";

  const auto queretaro = *db.find_node("Battle", "Siege of Querétaro");
  std::cout << "\nAt the Siege of Querétaro (" << text(g, queretaro, "began") << ", in "
            << text(g, g.out(queretaro, took_place_in)[0].other, "name") << "):\n";
  for (const auto& a : g.in(queretaro, fought_at))
    std::cout << "  " << text(g, a.other, "name") << " (" << rel_text(g, a.rel, "side") << ")\n";

  // ---- a Boost.Graph algorithm over the store, only along ADVANCED_TO
  const auto view = annals::bgl_view(g, {"ADVANCED_TO"});
  std::vector<int> stages(g.node_capacity(), -1);
  const auto veracruz = *db.find_node("Town", "Veracruz");
  stages[veracruz] = 0;
  boost::breadth_first_search(
      view, veracruz,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(stages.data(), boost::on_tree_edge()))));
  std::multimap<int, annals::node_id> by_stage;
  for (annals::node_id n : g.nodes_with_label(*g.find_symbol("Town")))
    if (stages[n] >= 0) by_stage.emplace(stages[n], n);
  std::cout << "\nThe advance inland from Veracruz (breadth-first search over ADVANCED_TO):\n";
  for (const auto& [stage, n] : by_stage) {
    std::cout << "  " << stage << "  ";
    if (const auto in = g.in(n, *g.find_symbol("ADVANCED_TO")); !in.empty())
      std::cout << pad(text(g, n, "name"), 13) << "taken " << rel_text(g, in[0].rel, "taken") << "\n";
    else std::cout << text(g, n, "name") << "\n";
  }
}
