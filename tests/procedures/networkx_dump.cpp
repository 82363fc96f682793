// Runs every algo.* procedure over the bundled network and generated graphs
// and prints, as JSON, each graph's nodes and relationships (read with a
// plain MATCH, not through the projection) next to each algorithm's rows.
// networkx_compare.py builds the same graphs in networkx and compares.
//
//   networkx_dump <dataset dir>   > dump.json
#include "../dataset/dataset_files.hpp"

#include "annals/database.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <random>

using annals::value;
using annals::value_map;
using json = nlohmann::json;

namespace {

json to_json(const value& v, const annals::graph& g) {
  if (v.is_null()) return nullptr;
  if (v.is<std::int64_t>()) return v.as<std::int64_t>();
  if (v.is<double>()) return v.as<double>();
  if (v.is<std::string>()) return v.as<std::string>();
  if (v.is<annals::node_ref>()) return v.as<annals::node_ref>().id;
  if (v.is<annals::rel_ref>()) return v.as<annals::rel_ref>().id;
  if (v.is<annals::path_value>()) {
    const auto& p = v.as<annals::path_value>();
    json hops = json::array();
    for (std::size_t i = 0; i < p.rels.size(); ++i)
      hops.push_back({p.nodes[i], p.nodes[i + 1], p.rels[i], g.source(p.rels[i]), g.target(p.rels[i])});
    return hops;
  }
  return annals::to_cypher(v);
}

json rows(annals::database& db, const std::string& query, const value_map& params) {
  json out = json::array();
  try {
    for (const auto& r : db.query(query, params)) {
      json row = json::array();
      for (const auto& v : r) row.push_back(to_json(v, db.graph()));
      out.push_back(row);
    }
  } catch (const annals::error& e) {
    return json{{"error", e.detail()}, {"message", e.message()}};
  }
  return out;
}

// One graph, projected several ways: every algorithm under every projection.
json run_graph(annals::database& db, const std::string& name, const std::string& label, const std::string& type,
               const std::string& weight) {
  json g;
  g["name"] = name;
  g["nodes"] = rows(db, "MATCH (n:" + label + ") RETURN id(n) ORDER BY id(n)", {});
  g["edges"] = rows(db,
                    "MATCH (a:" + label + ")-[r:" + type + "]->(b:" + label + ") RETURN id(a), id(b), id(r)" +
                        (weight.empty() ? "" : ", r." + weight),
                    {});
  g["runs"] = json::array();
  for (const std::string direction : {"out", "in", "undirected"})
    for (const bool weighted : {false, true}) {
      if (weighted && weight.empty()) continue;
      value_map projection{{"labels", value(annals::value_list{value(label)})},
                           {"types", value(annals::value_list{value(type)})},
                           {"direction", value(direction)}};
      if (weighted) projection["weight"] = value(weight);
      json run;
      run["direction"] = direction;
      run["weighted"] = weighted;
      auto call = [&](const std::string& algo, const std::string& yield, value_map extra = {}) {
        value_map p = projection;
        for (auto& [k, v] : extra) p[k] = v;
        run[algo] = rows(db, "CALL algo." + algo + "($p) YIELD " + yield, {{"p", value(p)}});
      };
      call("degree", "node, score");
      call("betweenness", "node, score");
      call("closeness", "node, score");
      call("pagerank", "node, score", {{"tolerance", value(1e-13)}, {"iterations", value(std::int64_t{10000})}});
      call("wcc", "node, component");
      call("scc", "node, component");
      call("kcore", "node, core");
      call("triangles", "node, triangles, coefficient");
      call("communities", "node, community");
      call("mst", "relationship, weight");
      call("two_camps", "node, side");
      // Dijkstra from the first three nodes to every node they reach.
      json paths = json::array();
      for (std::size_t i = 0; i < std::min<std::size_t>(3, g["nodes"].size()); ++i) {
        const auto source = g["nodes"][i][0].get<std::int64_t>();
        json r;
        r["source"] = source;
        value_map p = projection;
        p["source"] = value(annals::node_ref{static_cast<annals::node_id>(source)});
        r["rows"] = rows(db, "CALL algo.dijkstra($p) YIELD path, cost", {{"p", value(p)}});
        paths.push_back(r);
      }
      run["dijkstra"] = paths;
      g["runs"].push_back(run);
    }
  return g;
}

// A random multigraph: parallel relationships and self-loops included, integer weights 1..9.
void random_graph(annals::database& db, const std::string& label, int nodes, int rels, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<annals::node_id> ids;
  for (int i = 0; i < nodes; ++i) ids.push_back(db.add_node({label}, {{"name", value(label + std::to_string(i))}}));
  for (int i = 0; i < rels; ++i) {
    const auto a = ids[rng() % ids.size()], b = ids[rng() % ids.size()];
    db.add_relationship(a, b, "R" + label, {{"w", value(static_cast<std::int64_t>(1 + rng() % 9))}});
  }
}

// Two sides with relationships only across: two camps exist.
void bipartite_graph(annals::database& db, const std::string& label, int side, int rels, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<annals::node_id> left, right;
  for (int i = 0; i < side; ++i) left.push_back(db.add_node({label}, {{"name", value("L" + std::to_string(i))}}));
  for (int i = 0; i < side; ++i) right.push_back(db.add_node({label}, {{"name", value("R" + std::to_string(i))}}));
  for (int i = 0; i < rels; ++i) {
    auto a = left[rng() % left.size()], b = right[rng() % right.size()];
    if (rng() % 2) std::swap(a, b);
    db.add_relationship(a, b, "R" + label, {{"w", value(static_cast<std::int64_t>(1 + rng() % 5))}});
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: networkx_dump <dataset dir>\n";
    return 2;
  }
  json out = json::array();
  {
    annals::database db;
    const auto failures = annals::testing::load_dataset(db, argv[1]);
    if (!failures.empty()) {
      std::cerr << "the dataset does not load: " << failures.front() << "\n";
      return 1;
    }
    out.push_back(run_graph(db, "intervention FOUGHT_AGAINST", "Person", "FOUGHT_AGAINST", ""));
    out.push_back(run_graph(db, "intervention PART_OF", "Faction", "PART_OF", ""));
  }
  annals::database db;
  random_graph(db, "Dense", 60, 400, 1);
  random_graph(db, "Sparse", 150, 170, 2);
  random_graph(db, "Tiny", 8, 12, 3);
  bipartite_graph(db, "Two", 25, 70, 4);
  for (const char* l : {"Dense", "Sparse", "Tiny", "Two"})
    out.push_back(run_graph(db, l, l, std::string("R") + l, "w"));
  std::cout << out.dump(1) << "\n";
  return 0;
}
