// A small graph with the awkward cases exporters and formats must survive:
// quotes, apostrophes, commas, line breaks and accents in strings; partial dates
// of every precision; lists; missing values; undeclared labels and types with
// mixed value types; a node with two labels; a node without labels; a self-loop.
#pragma once

#include "annals/database.hpp"

#include <string_view>

namespace annals::testing {

inline data_type type(std::string_view name) { return data_type::parse(name).value(); }

// Only declared tables, so that CSV files (which need primary keys) hold all of it.
inline void build_declared_graph(database& db) {
  db.declare(node_table{"Person",
                        {{"name", type("STRING")},
                         {"born", type("DATE")},
                         {"aliases", type("STRING[]")},
                         {"height", type("DOUBLE")},
                         {"alive", type("BOOL")},
                         {"rank", type("INT64")}},
                        "name"});
  db.declare(node_table{"Battle", {{"name", type("STRING")}, {"start", type("DATE")}}, "name"});
  db.declare(rel_table{"COMMANDED", {{"Person", "Battle"}}, {{"side", type("STRING")}, {"lines", type("INT64[]")}}, ""});
  db.declare(rel_table{"MET", {{"Person", "Person"}}, {{"on", type("DATE")}}, ""});

  const auto juarez = db.add_node({"Person"}, {{"name", "Benito Juárez"},
                                               {"born", partial_date::parse("1806-03-21").value()},
                                               {"aliases", value_list{"Juárez", "El Benemérito"}},
                                               {"height", 1.37},
                                               {"alive", false},
                                               {"rank", 1}});
  const auto ohoran = db.add_node({"Person"}, {{"name", "Tomás O'Horan"},
                                               {"born", partial_date::parse("1818").value()},
                                               {"aliases", value_list{"O'Horan"}}});
  const auto quoted = db.add_node({"Person"}, {{"name", "A \"quoted\", comma\nand line"},
                                               {"born", partial_date::parse("1830-07").value()},
                                               {"aliases", value_list{}},
                                               {"rank", -3}});
  const auto anonymous = db.add_node({"Person"}, {{"name", "Anonymous"}, {"height", 0.1}});
  const auto puebla = db.add_node({"Battle"}, {{"name", "Puebla"}, {"start", partial_date::parse("1862-05-05").value()}});
  const auto camaron = db.add_node({"Battle"}, {{"name", "Camarón"}});
  db.add_relationship(ohoran, puebla, "COMMANDED", {{"side", "Mexican Republic"}, {"lines", value_list{4, 7}}});
  db.add_relationship(quoted, camaron, "COMMANDED", {{"side", "a, b"}});
  db.add_relationship(anonymous, camaron, "COMMANDED", {{"side", ""}, {"lines", value_list{}}});
  db.add_relationship(juarez, ohoran, "MET", {{"on", partial_date::parse("1863").value()}});
  db.add_relationship(anonymous, anonymous, "MET", {});
}

// The declared graph and an open part: labels and types without tables.
inline void build_mixed_graph(database& db) {
  build_declared_graph(db);
  const auto juarez = db.find_node("Person", "Benito Juárez").value();
  const auto note = db.add_node({"Note"}, {{"text", "see p. 3"}, {"value", 1}});
  const auto other = db.add_node({"Note"}, {{"text", "mixed"}, {"value", "one"}, {"tags", value_list{1, 2}}});
  const auto both = db.add_node({"Note", "Draft"}, {{"text", "two labels"}});
  const auto bare = db.add_node({}, {{"k", 1.5}});
  db.add_relationship(juarez, note, "WROTE", {{"when", partial_date::parse("1865-01").value()}});
  db.add_relationship(note, other, "CITES", {});
  db.add_relationship(other, both, "CITES", {{"page", 3}});
  db.add_relationship(bare, bare, "SELF", {});
}

} // namespace annals::testing
