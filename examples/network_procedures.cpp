// network_procedures: the who-fought-whom network of the French intervention
// in Mexico, analysed with the algo.* procedures from the query language —
// no copy of the graph into a graph of the program's own (compare
// who_fought_whom.cpp, which builds one with Boost.Graph).
//
// It loads the bundled graph and asks, through CALL … YIELD:
// - how many separate theatres (groups of commanders linked by chains of
//   confrontation) the war had each year (algo.wcc with as_of);
// - who the most central commanders were each year (algo.betweenness);
// - whether the network splits into two camps, and whether that split is
//   the one the factions' camps give (algo.two_camps).
// Rows come in a fixed order, so the output can be compared byte for byte.
//
//   network_procedures [DATA_DIR]
#include <annals/annals.hpp>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

#ifndef ANNALS_EXAMPLE_DATA
#define ANNALS_EXAMPLE_DATA "examples/intervention"
#endif

// The projection every question uses: commanders, FOUGHT_AGAINST, undirected.
annals::value_map network(std::optional<std::int64_t> year = std::nullopt) {
  annals::value_map p{{"labels", annals::value_list{"Person"}},
                      {"types", annals::value_list{"FOUGHT_AGAINST"}},
                      {"direction", "undirected"}};
  if (year) p["as_of"] = *annals::partial_date::parse(std::to_string(*year));
  return p;
}

} // namespace

int main(int argc, char** argv) {
  annals::database db;
  try {
    db.load_directory(argc > 1 ? argv[1] : ANNALS_EXAMPLE_DATA); // its .cypher files, in name order

    std::cout << "Theatres per year (groups of two or more commanders linked by confrontations)\n";
    auto theatres = db.prepare("CALL algo.wcc($p) YIELD node, component "
                               "WITH component, count(*) AS size WHERE size > 1 "
                               "RETURN count(*) AS theatres, max(size) AS largest");
    for (std::int64_t year = 1862; year <= 1867; ++year) {
      const auto r = theatres.run({{"p", network(year)}});
      const auto n = r[0][0].as<std::int64_t>();
      std::cout << "  " << year << ": " << n << (n == 1 ? " theatre" : " theatres") << ", the largest of "
                << (r[0][1].is_null() ? 0 : r[0][1].as<std::int64_t>()) << " commanders\n";
    }

    std::cout << "\nMost central commanders per year (betweenness)\n";
    auto central = db.prepare("CALL algo.betweenness($p) YIELD node, score WHERE score > 0 "
                              "RETURN node.name AS name, score ORDER BY score DESC, name LIMIT 2");
    for (std::int64_t year = 1862; year <= 1867; ++year) {
      std::cout << "  " << year << ":";
      const auto r = central.run({{"p", network(year)}});
      if (r.empty()) std::cout << " (no commander between two others)";
      for (const auto& row : r)
        std::cout << "  " << row[0].as<std::string>() << " (" << std::fixed << std::setprecision(1)
                  << row[1].as<double>() << ")";
      std::cout << "\n";
    }

    std::cout << "\nTwo camps (each theatre's smallest commander is on side 0)\n";
    // Each side of the two-colouring, by the camps of the factions its commanders served.
    const auto sides =
        db.query("CALL algo.two_camps($p) YIELD node, side WHERE (node)-[:FOUGHT_AGAINST]-() "
                 "MATCH (node)-[:MEMBER_OF]->(f:Faction) WHERE f.camp IS NOT NULL "
                 "RETURN side, f.camp AS camp, count(DISTINCT node) AS commanders ORDER BY side, commanders DESC, camp",
                 {{"p", network()}});
    for (const auto& row : sides)
      std::cout << "  side " << row[0].as<std::int64_t>() << ": " << row[2].as<std::int64_t>()
                << " commanders served the " << row[1].as<std::string>() << " camp\n";
  } catch (const annals::error& e) {
    std::cerr << e.describe() << "\n";
    return 1;
  }
  return 0;
}
