// who_fought_whom: the commanders of the French intervention in Mexico as a
// network, analysed with Boost.Graph.
//
// It loads the bundled graph, reads the derived FOUGHT_AGAINST relationships
// (commanders of opposite camps in the same engagement) through a Boost.Graph
// view of the store, builds the undirected who-fought-whom network from them
// and asks three questions of it:
// - which groups of commanders are linked by chains of confrontation
//   (connected components);
// - who sits on the most shortest chains between other commanders
//   (betweenness centrality);
// - the shortest chain of opponents between two commanders (breadth-first
//   search), with the engagements that link them.
// Everything is printed in a fixed order (ties broken by name), so the
// output can be compared byte for byte.
//
//   who_fought_whom [DATA_DIR [FROM TO]]
#include <annals/annals.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace {

#ifndef ANNALS_EXAMPLE_DATA
#define ANNALS_EXAMPLE_DATA "examples/intervention"
#endif

// The network: one vertex per commander (numbered in name order), one edge
// per pair of commanders who fought each other, and the engagements of each pair.
struct network {
  using graph_type = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::vector<std::string> names;
  graph_type g;
  std::map<std::pair<std::size_t, std::size_t>, std::set<std::string>> engagements; // (lower, higher index)

  std::size_t index(const std::string& name) const {
    return std::lower_bound(names.begin(), names.end(), name) - names.begin();
  }
  bool has(const std::string& name) const {
    const auto i = index(name);
    return i < names.size() && names[i] == name;
  }
};

// Reads FOUGHT_AGAINST through annals::bgl_view: every edge of the view is one
// relationship; the type is symmetric (one relationship per pair of opponents
// and engagement, stored from either one), so pairs are collected unordered.
network who_fought_whom(annals::database& db) {
  const auto view = annals::bgl_view(db, {"FOUGHT_AGAINST"}); // computes the derived type first
  const auto& g = db.graph();
  std::map<std::pair<std::string, std::string>, std::set<std::string>> pairs;
  for (const auto e : boost::make_iterator_range(boost::edges(view))) {
    auto a = g.property(boost::source(e, view), "name").value_or("");
    auto b = g.property(boost::target(e, view), "name").value_or("");
    if (b < a) std::swap(a, b);
    pairs[{a, b}].insert(g.rel_property(view[e].id, "battle").value_or(""));
  }

  network n;
  std::set<std::string> names;
  for (const auto& [pair, battles] : pairs) names.insert({pair.first, pair.second});
  n.names.assign(names.begin(), names.end());
  n.g = network::graph_type(n.names.size());
  for (const auto& [pair, battles] : pairs) { // in name order, so the search order is fixed too
    const auto a = n.index(pair.first), b = n.index(pair.second);
    boost::add_edge(a, b, n.g);
    n.engagements[{a, b}] = battles;
  }
  return n;
}

void print_groups(const network& n) {
  std::vector<int> component(n.names.size());
  const int count = boost::connected_components(n.g, component.data());
  std::vector<std::vector<std::string>> groups(count);
  for (std::size_t v = 0; v < n.names.size(); ++v) groups[component[v]].push_back(n.names[v]); // names stay sorted
  // Largest group first; equal sizes by their first name.
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  std::cout << "Groups of commanders linked by chains of confrontation (connected components): " << count << "\n";
  for (const auto& group : groups) {
    std::cout << "  " << group.size() << ":";
    for (std::size_t i = 0; i < group.size(); ++i) std::cout << (i ? ", " : " ") << group[i];
    std::cout << "\n";
  }
}

void print_most_central(const network& n, std::size_t how_many) {
  std::vector<double> centrality(n.names.size());
  boost::brandes_betweenness_centrality(
      n.g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, n.g))));
  // Boost counts each pair of an undirected graph in both directions: halve.
  // Rounded to 1/1000 so that sums taken in a different order still tie.
  std::vector<std::pair<long long, std::size_t>> ranked;
  for (std::size_t v = 0; v < n.names.size(); ++v) ranked.emplace_back(std::llround(centrality[v] / 2 * 1000), v);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second; // vertices are numbered in name order
  });
  std::cout << "\nThe " << how_many << " most central commanders (betweenness: shortest chains between others through them):\n";
  for (std::size_t i = 0; i < std::min(how_many, ranked.size()); ++i) {
    const auto [score, v] = ranked[i];
    std::cout << "  " << std::setw(2) << i + 1 << ". " << std::fixed << std::setprecision(1) << std::setw(6)
              << static_cast<double>(score) / 1000 << "  " << n.names[v] << " (" << boost::degree(v, n.g)
              << " opponents)\n";
  }
}

void print_chain(const network& n, const std::string& from, const std::string& to) {
  std::cout << "\nShortest chain of opponents from " << from << " to " << to << " (breadth-first search):\n";
  if (!n.has(from) || !n.has(to)) {
    std::cout << "  " << (n.has(from) ? to : from) << " fought no named commander of the other camp\n";
    return;
  }
  std::vector<std::size_t> parent(n.names.size());
  for (std::size_t v = 0; v < parent.size(); ++v) parent[v] = v;
  const auto start = n.index(from), goal = n.index(to);
  boost::breadth_first_search(
      n.g, start,
      boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(parent.data(), boost::on_tree_edge()))));
  if (goal != start && parent[goal] == goal) {
    std::cout << "  none: they belong to different groups\n";
    return;
  }
  std::vector<std::size_t> chain{goal};
  while (chain.back() != start) chain.push_back(parent[chain.back()]);
  std::reverse(chain.begin(), chain.end());
  std::cout << "  " << n.names[chain[0]] << "\n";
  for (std::size_t i = 1; i < chain.size(); ++i) {
    const auto key = std::minmax(chain[i - 1], chain[i]);
    std::string where;
    for (const auto& battle : n.engagements.at({key.first, key.second})) where += (where.empty() ? "" : "; ") + battle;
    std::cout << "  -> " << n.names[chain[i]] << "  (" << where << ")\n";
  }
}

} // namespace

int main(int argc, char** argv) {
  const fs::path data = argc > 1 ? argv[1] : ANNALS_EXAMPLE_DATA;
  annals::database db;
  try {
    db.load_directory(data); // its .cypher files, in name order
  } catch (const annals::error& e) {
    std::cerr << "who_fought_whom: " << e.describe() << "\n";
    return 1;
  }

  const auto n = who_fought_whom(db);
  std::cout << "who_fought_whom: " << n.names.size() << " commanders, " << boost::num_edges(n.g)
            << " pairs of opponents (from FOUGHT_AGAINST)\n\n";
  print_groups(n);
  print_most_central(n, 10);
  if (argc > 3) {
    print_chain(n, argv[2], argv[3]);
  } else {
    print_chain(n, "Porfirio Díaz", "Antonio Rojas");
    print_chain(n, "Porfirio Díaz", "Tomás Mejía");
  }
}
