// What the fuzz targets share: the small fixed graph they run on, and a
// scratch file for the loaders that read from a path.
#pragma once

#include "annals/database.hpp"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

namespace annals::fuzz {

// Declared tables, open labels, a derived type, and a clique for the
// variable-length patterns: built through the C++ API, so a fresh copy per
// input costs microseconds and no input sees another's writes.
inline void build_small_graph(database& db) {
  db.declare(node_table{"Person",
                        {{"name", *data_type::parse("STRING")},
                         {"born", *data_type::parse("DATE")},
                         {"rank", *data_type::parse("INT64")},
                         {"aliases", *data_type::parse("STRING[]")}},
                        "name"});
  db.declare(node_table{"Battle", {{"name", *data_type::parse("STRING")}, {"start", *data_type::parse("DATE")}}, "name"});
  db.declare(rel_table{"COMMANDED", {{"Person", "Battle"}}, {{"side", *data_type::parse("STRING")}}, {}});
  const auto juarez = db.add_node({"Person"}, {{"name", value("Benito Juárez")},
                                               {"born", value(*partial_date::parse("1806-03-21"))},
                                               {"rank", value(1)},
                                               {"aliases", value(value_list{value("Juárez")})}});
  const auto diaz = db.add_node({"Person"}, {{"name", value("Porfirio Díaz")}, {"born", value(*partial_date::parse("1830"))}});
  const auto lorencez = db.add_node({"Person"}, {{"name", value("Charles de Lorencez")}, {"rank", value(3)}});
  const auto puebla = db.add_node({"Battle"}, {{"name", value("Puebla")}, {"start", value(*partial_date::parse("1862-05"))}});
  db.add_relationship(diaz, puebla, "COMMANDED", {{"side", value("Republic")}});
  db.add_relationship(lorencez, puebla, "COMMANDED", {{"side", value("France")}});
  db.add_node({"Note", "Source"}, {{"text", value("open")}, {"tags", value(value_list{value("a"), value("b")})}, {"w", value(1.5)}});
  (void)juarez;
  node_id clique[6];
  for (int i = 0; i < 6; ++i) clique[i] = db.add_node({"D"}, {{"i", value(i)}});
  for (int i = 0; i < 6; ++i)
    for (int j = 0; j < 6; ++j)
      if (i != j) db.add_relationship(clique[i], clique[j], "E", {{"w", value(i * j)}});
  db.execute("CREATE DERIVED REL TABLE OPPOSED(FROM Person TO Person) AS MATCH (a:Person)-[x:COMMANDED]->(b:Battle)"
             "<-[y:COMMANDED]-(c:Person) WHERE x.side <> y.side RETURN a, c, b.name AS battle");
}

// A file of this process for the loaders, rewritten for each input.
inline std::filesystem::path scratch_file(std::string_view bytes, const char* suffix) {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("annals-fuzz-" + std::to_string(::getpid()) + suffix);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
  return path;
}

} // namespace annals::fuzz
